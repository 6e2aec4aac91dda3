using System.Text;

namespace LiveRoom.LoadTests.Model;

/// <summary>
/// A group's 接龙 as members post it (docs/architecture.md, "Sign-ups"): a <c>#接龙</c> header, a title,
/// an example line, then numbered entries in the variants seen in groups (<c>1.</c> <c>1、</c>
/// <c>１.</c>; quantities missing, <c>2盒</c>, <c>x2</c>, <c>两盒</c>). Each post repeats every earlier
/// line and adds one, so post k has k entries and the group's sign-ups are those of its latest post.
/// </summary>
public static class ChainText
{
    /// <summary>Chat messages are at most 4,000 characters; a chain stops growing well before that.</summary>
    public const int MaxTextLength = 3_800;

    private static readonly string[] Titles =
    [
        "周四福利 冷敷凝胶 第二盒半价", "今晚8点开抢 修护面膜买二送一", "限时团购 舒缓喷雾 仅限本群", "新品首发 老客专享价",
    ];

    private static readonly string[] Quantities = ["", "1盒", "2盒", "x2", "两盒", "3", "x1", "三盒", "2"];

    public static string Header(Random random) => $"#接龙\n{Titles[random.Next(Titles.Length)]}\n例 张三 2盒\n";

    /// <summary>Entry line <paramref name="number"/> (1-based) in one of the numbering styles.</summary>
    public static string Line(Random random, int number, string name)
    {
        var numbering = random.Next(10) switch
        {
            < 6 => $"{number}.",
            < 9 => $"{number}、",
            _ => FullWidth(number) + "．",
        };
        var quantity = Quantities[random.Next(Quantities.Length)];
        return quantity.Length == 0 ? $"{numbering} {name}" : $"{numbering} {name} {quantity}";
    }

    /// <summary>The text of the post that has the first <paramref name="entries"/> lines.</summary>
    public static string Post(string header, IReadOnlyList<string> lines, int entries)
    {
        var text = new StringBuilder(header.Length + entries * 16).Append(header).Append('\n');
        for (var i = 0; i < entries; i++) text.Append(lines[i]).Append('\n');
        return text.ToString();
    }

    private static string FullWidth(int number) => new(number.ToString().Select(c => (char)(c + 0xFEE0)).ToArray());
}
