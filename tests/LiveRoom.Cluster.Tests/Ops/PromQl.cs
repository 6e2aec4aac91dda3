using System.Text.RegularExpressions;

namespace LiveRoom.Cluster.Tests.Ops;

/// <summary>
/// Just enough PromQL to find the metric names an expression reads: strips label matchers,
/// grouping clauses, ranges and strings, then keeps identifiers that are not called as functions.
/// </summary>
public static partial class PromQl
{
    private static readonly HashSet<string> Keywords = ["by", "without", "on", "ignoring", "group_left", "group_right", "offset", "bool", "and", "or", "unless", "inf", "nan"];

    public static IReadOnlySet<string> MetricNames(string expression)
    {
        var s = LabelMatchers().Replace(expression, " ");
        s = Grouping().Replace(s, " ");
        s = Ranges().Replace(s, " ");
        s = Strings().Replace(s, " ");
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match m in Identifier().Matches(s))
        {
            var calledAsFunction = s.AsSpan(m.Index + m.Length).TrimStart().StartsWith("(");
            if (!calledAsFunction && !Keywords.Contains(m.Value.ToLowerInvariant())) names.Add(m.Value);
        }
        return names;
    }

    [GeneratedRegex(@"\{[^}]*\}")]
    private static partial Regex LabelMatchers();

    [GeneratedRegex(@"\b(by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)")]
    private static partial Regex Grouping();

    [GeneratedRegex(@"\[[^\]]*\]")]
    private static partial Regex Ranges();

    [GeneratedRegex("\"(?:[^\"\\\\]|\\\\.)*\"")]
    private static partial Regex Strings();

    [GeneratedRegex(@"(?<![\w.])[a-zA-Z_:][a-zA-Z0-9_:]*")]
    private static partial Regex Identifier();
}
