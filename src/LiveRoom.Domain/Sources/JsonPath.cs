using System.Globalization;
using System.Text.Json;

namespace LiveRoom.Domain.Sources;

/// <summary>
/// The small path language of a mapping's <c>groupField</c>: dot-separated property names with
/// optional <c>[n]</c> indexes, e.g. <c>full_order_info.remark_info.buyer_message</c> or
/// <c>orders[0].outer_item_id</c>. Enough to point at one field; no wildcards, so a path
/// always names at most one value.
/// </summary>
public static class JsonPath
{
    public const int MaxLength = 200;

    public static bool IsValid(string? path) =>
        !string.IsNullOrWhiteSpace(path) && path.Length <= MaxLength && Segments(path) is not null;

    /// <summary>The value at <paramref name="path"/> as trimmed text (strings and numbers); null when absent or empty.</summary>
    public static string? Select(JsonElement root, string path)
    {
        if (Segments(path) is not { } segments) return null;
        var current = root;
        foreach (var (name, index) in segments)
        {
            if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(name, out current)) return null;
            if (index is { } i)
            {
                if (current.ValueKind != JsonValueKind.Array || i >= current.GetArrayLength()) return null;
                current = current[i];
            }
        }
        var text = current.ValueKind switch
        {
            JsonValueKind.String => current.GetString(),
            JsonValueKind.Number => current.GetRawText(),
            _ => null,
        };
        return string.IsNullOrWhiteSpace(text) ? null : text.Trim();
    }

    private static List<(string Name, int? Index)>? Segments(string path)
    {
        var result = new List<(string, int?)>();
        foreach (var part in path.Split('.'))
        {
            var open = part.IndexOf('[');
            var name = open < 0 ? part : part[..open];
            if (name.Length == 0) return null;
            int? index = null;
            if (open >= 0)
            {
                if (!part.EndsWith(']') || !int.TryParse(part.AsSpan(open + 1, part.Length - open - 2), NumberStyles.None, CultureInfo.InvariantCulture, out var i))
                    return null;
                index = i;
            }
            result.Add((name, index));
        }
        return result;
    }
}
