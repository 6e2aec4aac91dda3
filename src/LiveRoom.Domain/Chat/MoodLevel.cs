namespace LiveRoom.Domain.Chat;

/// <summary>The group's mood over the rolling window, from its share of negative messages.</summary>
public enum MoodLevel
{
    Calm,
    Tense,
    Negative,
}
