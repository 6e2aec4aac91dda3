namespace LiveRoom.Grains.Playbooks;

public sealed class NotifyTarget
{
    public string Url { get; set; } = "";
    /// <summary>HMAC-SHA256 key for X-LiveRoom-Signature.</summary>
    public string Secret { get; set; } = "";
}
