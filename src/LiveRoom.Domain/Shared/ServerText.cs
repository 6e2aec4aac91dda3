using System.Globalization;

namespace LiveRoom.Domain.Shared;

/// <summary>
/// A sentence the server made (a timeline entry, a cue reason, a step summary, a board alert, a
/// problem shown in the UI), kept as a stable code plus named arguments instead of words, so each
/// reader sees it in their own language: the dashboard, the hub and the exports render it with the
/// reader's texts (<c>text.{Code}</c>, placeholders <c>{name}</c>). Arguments are data (counts, ids,
/// names), formatted invariantly so a stored entry reads the same everywhere.
/// </summary>
[GenerateSerializer, Immutable, Alias("LiveRoom.ServerText.v1")]
public sealed record ServerText(
    [property: Id(0)] string Code,
    [property: Id(1)] IReadOnlyDictionary<string, string> Args)
{
    public static readonly IReadOnlyDictionary<string, string> NoArgs = new Dictionary<string, string>(0);

    public static ServerText Of(string code) => new(code, NoArgs);

    public static ServerText Of(string code, params (string Name, object? Value)[] args)
    {
        var map = new Dictionary<string, string>(args.Length, StringComparer.Ordinal);
        foreach (var (name, value) in args) map[name] = Invariant(value);
        return new ServerText(code, map);
    }

    public string Arg(string name) => Args.TryGetValue(name, out var v) ? v : "";

    /// <summary>Numbers and times the same in every culture; the reader's side formats for people.</summary>
    public static string Invariant(object? value) => value switch
    {
        null => "",
        string s => s,
        DateTimeOffset t => t.ToString("O", CultureInfo.InvariantCulture),
        TimeSpan d => ((long)d.TotalSeconds).ToString(CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    /// <summary>The code and its arguments in one line, for logs and for readers without texts.</summary>
    public override string ToString() =>
        Args.Count == 0 ? Code : $"{Code} {{{string.Join(", ", Args.Select(a => $"{a.Key}: {a.Value}"))}}}";
}
