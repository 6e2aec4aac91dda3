namespace LiveRoom.Domain.Chat;

/// <summary>
/// The words that make a chat message negative or a question. Per launch configurable because every
/// product draws its own complaints (a skincare launch hears 过敏, a food launch 变质). Written in
/// Simplified; <see cref="MoodAnalyzer"/> folds Traditional text (and a Traditional lexicon) to match.
/// </summary>
[GenerateSerializer, Immutable, Alias("LiveRoom.MoodLexicon.v1")]
public sealed record MoodLexicon
{
    [Id(0)] public IReadOnlyList<string> NegativeTerms { get; init; } =
    [
        "骗子", "骗人", "假货", "退款", "退钱", "没收到", "没有收到", "太贵", "差评", "投诉", "智商税",
        "割韭菜", "垃圾", "坑", "上当", "忽悠", "不靠谱", "后悔", "过敏", "三无",
        // Slow delivery is the commonest complaint after a launch (发货太慢, 发货慢); last, so a
        // message that also names a listed term reports that one.
        "太慢", "发货慢",
    ];

    /// <summary>
    /// Words that cancel a negative term right after them (不是骗子). Multi-character on purpose:
    /// a bare 不/没 would cancel complaints such as 不退款 or belong to the term itself (没收到).
    /// </summary>
    [Id(1)] public IReadOnlyList<string> Negations { get; init; } = ["不是", "没有", "并非", "不算", "不像", "绝不是", "才不是", "哪里是"];

    /// <summary>The widest <see cref="NegationWindow"/> a configuration may set: wider reaches into the previous clause.</summary>
    public const int MaxNegationWindow = 10;

    /// <summary>How many characters may stand between a negation and its term (不是什么骗子).</summary>
    [Id(2)] public int NegationWindow { get; init; } = 3;

    /// <summary>Words that make a message a question wherever they stand.</summary>
    [Id(3)] public IReadOnlyList<string> QuestionWords { get; init; } =
        ["怎么", "多少", "什么时候", "啥时候", "哪里", "哪儿", "能不能", "有没有", "几号", "几点", "是不是", "可不可以", "咋"];

    /// <summary>Particles that make a question only at the end of a message (好用吗, 你呢).</summary>
    [Id(4)] public IReadOnlyList<string> QuestionEndings { get; init; } = ["吗", "呢", "么", "?"];

    /// <summary>
    /// Negative terms that name something the buyer is owed. A 没-negation before them (没有退款,
    /// 还没有退钱) says it has not happened yet, which is the complaint, so only the other negations
    /// (不是退款) cancel them.
    /// </summary>
    [Id(5)] public IReadOnlyList<string> OwedTerms { get; init; } = ["退款", "退钱"];

    public static MoodLexicon Default { get; } = new();
}
