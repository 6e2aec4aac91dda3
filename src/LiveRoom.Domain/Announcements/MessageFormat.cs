namespace LiveRoom.Domain.Announcements;

/// <summary>WeCom's two msgtypes; the webhook and inbox pass it on as a hint.</summary>
public enum MessageFormat
{
    Text = 0,
    Markdown = 1,
}
