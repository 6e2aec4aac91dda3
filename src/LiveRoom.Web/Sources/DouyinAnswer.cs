namespace LiveRoom.Web.Sources;

/// <summary>The acknowledgement 抖店's message push expects (the official SDK's success answer); anything else is retried.</summary>
public sealed record DouyinAnswer(int Code, string Msg)
{
    public static readonly DouyinAnswer Success = new(0, "success");
}
