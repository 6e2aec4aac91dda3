namespace LiveRoom.LoadTests.Model;

/// <summary>A chat line as a number (events stay small): 1000+ are questions, 2000+ negatives, below that chatter.</summary>
public static class ChatText
{
    private const int QuestionBase = 1000;
    private const int NegativeBase = 2000;

    public static int Chatter(Random random) => random.Next(ChatLines.Chatter.Length);
    public static int Question(Random random) => QuestionBase + random.Next(ChatLines.Questions.Length);
    public static int Negative(Random random) => NegativeBase + random.Next(ChatLines.Negatives.Length);

    private const int Lines = 10_000;

    /// <summary>A member's n-th message and its line in one number (the message id needs both).</summary>
    public static int Encode(int ordinal, int line) => ordinal * Lines + line;

    public static int Ordinal(int arg) => arg / Lines;

    public static string Of(int arg) => (arg % Lines) switch
    {
        >= NegativeBase and var line => ChatLines.Negatives[line - NegativeBase],
        >= QuestionBase and var line => ChatLines.Questions[line - QuestionBase],
        var line => ChatLines.Chatter[line],
    };

    public static bool IsQuestion(int arg) => arg % Lines is >= QuestionBase and < NegativeBase;
    public static bool IsNegative(int arg) => arg % Lines >= NegativeBase;
}
