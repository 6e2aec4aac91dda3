namespace LiveRoom.Web.Sources;

/// <summary>The acknowledgement Youzan's push expects; anything else is retried.</summary>
public sealed record YouzanAnswer(int Code, string Msg)
{
    public static readonly YouzanAnswer Success = new(0, "success");
}
