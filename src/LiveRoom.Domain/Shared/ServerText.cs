using System.Globalization;
using System.Text.Json;

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

    public static ServerText Of(string code, params (string Name, object? Value)[] args) => new(code, ArgsOf(args));

    /// <summary>Just the arguments, for a timeline entry whose <see cref="TimelineEntry.Action"/> is the code.</summary>
    public static IReadOnlyDictionary<string, string> ArgsOf(params (string Name, object? Value)[] args)
    {
        var map = new Dictionary<string, string>(args.Length, StringComparer.Ordinal);
        foreach (var (name, value) in args) map[name] = Invariant(value);
        return map;
    }

    public string Arg(string name) => Args.TryGetValue(name, out var v) ? v : "";

    /// <summary>Free text (an operator's words, a chat quote) where a sentence is expected: shown as written.</summary>
    public static ServerText Plain(string text) => Of(PlainCode, ("text", text));

    public const string PlainCode = "plain";

    /// <summary>
    /// Sentences inside a sentence (what a save changed, the reason of a cue): an argument holding
    /// a JSON list of texts, rendered by the reader with <c>{name:text}</c> / <c>{name:texts}</c>.
    /// An argument stored as words before it held sentences (a step's error) reads as written.
    /// </summary>
    public static IReadOnlyList<ServerText> Nested(string value)
    {
        if (!value.StartsWith('[')) return value.Length == 0 ? [] : [Plain(value)];
        try
        {
            return JsonSerializer.Deserialize<List<Wire>>(value)?.Select(w => new ServerText(w.C ?? "", w.A ?? NoArgs)).ToList() ?? [];
        }
        catch (JsonException)
        {
            return [];
        }
    }

    /// <summary>Names inside a sentence (groups, people): an argument holding a JSON list, rendered with <c>{name:names}</c>.</summary>
    public static IReadOnlyList<string> Names(string value)
    {
        if (!value.StartsWith('[')) return value.Length == 0 ? [] : [value];
        try
        {
            return JsonSerializer.Deserialize<List<string>>(value) ?? [];
        }
        catch (JsonException)
        {
            return [value];
        }
    }

    private sealed record Wire(string? C, Dictionary<string, string>? A);

    /// <summary>Numbers and times the same in every culture; the reader's side formats for people.</summary>
    public static string Invariant(object? value) => value switch
    {
        null => "",
        string s => s,
        ServerText t => JsonSerializer.Serialize(new[] { new Wire(t.Code, t.Args.ToDictionary()) }),
        IEnumerable<ServerText> list => JsonSerializer.Serialize(list.Select(t => new Wire(t.Code, t.Args.ToDictionary()))),
        IEnumerable<string> names => JsonSerializer.Serialize(names),
        DateTimeOffset t => t.ToString("O", CultureInfo.InvariantCulture),
        TimeSpan d => ((long)d.TotalSeconds).ToString(CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    /// <summary>The code and its arguments in one line, for logs and for readers without texts.</summary>
    public override string ToString() =>
        Args.Count == 0 ? Code : $"{Code} {{{string.Join(", ", Args.Select(a => $"{a.Key}: {a.Value}"))}}}";
}
