namespace LiveRoom.Grains.Sources;

/// <summary>WeCom answered an error code LiveRoom cannot recover from (a wrong secret, no permission, still rate-limited after retries).</summary>
[GenerateSerializer, Alias("LiveRoom.WeComApiException.v1")]
public sealed class WeComApiException(int errcode, string message) : Exception(message)
{
    [Id(0)] public int ErrCode { get; } = errcode;
}
