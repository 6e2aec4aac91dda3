namespace LiveRoom.Domain.Chat;

/// <summary>
/// The last messages of a group, newest first by the message's own time (late messages land in
/// their place). Bounded, so it is stored with the group's state at no real cost.
/// </summary>
[GenerateSerializer, Alias("LiveRoom.ChatFeed.v1")]
public sealed class ChatFeed
{
    public const int MaxText = 200;

    [Id(0)] private readonly List<ChatLine> _lines = [];

    public IReadOnlyList<ChatLine> Lines => _lines;

    public void Add(ChatLine line, int capacity)
    {
        if (capacity <= 0) return;
        var text = line.Text.Length > MaxText ? line.Text[..MaxText] + "…" : line.Text;
        var at = _lines.FindIndex(l => l.At < line.At);
        if (at < 0) at = _lines.Count;
        if (at >= capacity) return; // older than everything kept
        _lines.Insert(at, line with { Text = text });
        if (_lines.Count > capacity) _lines.RemoveRange(capacity, _lines.Count - capacity);
    }
}
