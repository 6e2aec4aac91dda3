namespace LiveRoom.Domain.Chat;

/// <summary>
/// The entry point for a group's chat messages: one call per message reads it as a 接龙 post or as
/// chat for the mood. A 接龙 post is not read for mood: its title and 50 names say nothing about how
/// the group feels, and a title such as "不满意包退款" would otherwise count as a complaint.
/// </summary>
[GenerateSerializer, Alias("LiveRoom.GroupChat.v1")]
public sealed class GroupChat
{
    [Id(0)] private readonly ChainBook _chains = new();
    [Id(1)] private readonly GroupMood _mood;

    public GroupChat() : this(null) { }

    public GroupChat(MoodOptions? options) => _mood = new GroupMood(options);

    public ChainBook Chains => _chains;
    public GroupMood Mood => _mood;

    /// <param name="at">The message's own time (from the bot), not its arrival time.</param>
    public ChatReceipt Receive(string messageId, DateTimeOffset at, string sender, ChatRole role, string? text, MoodAnalyzer analyzer)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        if (ChainParser.Parse(text) is { } post)
        {
            var update = _chains.Apply(messageId, at, post);
            // Still a message: it counts for the rate and, from staff, answers open questions.
            _mood.Record(messageId, at, sender, role, MessageSignal.None);
            return new ChatReceipt { Chain = update };
        }
        var signal = analyzer.Analyze(text);
        var spike = _mood.Record(messageId, at, sender, role, signal, text);
        // What the message says about the group: staff words are not its mood (a seeded member's
        // counter-script quotes 骗子) nor its open questions (their leading question is for the
        // members), so the feed does not flag them and they wake no cue.
        return new ChatReceipt { Signal = role.IsStaff() ? MessageSignal.None : signal, Spike = spike };
    }
}
