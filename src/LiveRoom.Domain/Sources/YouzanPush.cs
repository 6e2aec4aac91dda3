using System.Globalization;
using System.Text.Json;

namespace LiveRoom.Domain.Sources;

/// <summary>
/// The envelope of one Youzan push message (doc.youzanyun.com, 消息推送): <c>client_id</c>,
/// <c>msg</c> (URL-encoded JSON), <c>msg_id</c>, <c>type</c>, <c>status</c>, <c>version</c>,
/// <c>kdt_id</c>, <c>sign</c>. Youzan sends some numbers as strings, so both are read.
/// </summary>
public sealed record YouzanPush(string ClientId, string Msg, string MsgId, string Type, string? Status, long Version, string? KdtId, string? Sign)
{
    public const int MaxFieldLength = 128;

    /// <summary>The envelope, or null with the reason when it cannot be read (not JSON, a required field missing).</summary>
    public static YouzanPush? Parse(ReadOnlySpan<byte> body, out string? error)
    {
        error = null;
        try
        {
            var reader = new Utf8JsonReader(body, new JsonReaderOptions { MaxDepth = 8 });
            using var doc = JsonDocument.ParseValue(ref reader);
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                error = "the body is not a JSON object";
                return null;
            }
            var clientId = Text(root, "client_id");
            var msg = Text(root, "msg", int.MaxValue);
            var msgId = Text(root, "msg_id");
            var type = Text(root, "type");
            var missing = new[] { ("client_id", clientId), ("msg", msg), ("msg_id", msgId), ("type", type) }
                .Where(f => string.IsNullOrEmpty(f.Item2)).Select(f => f.Item1).ToList();
            if (missing.Count > 0)
            {
                error = "missing or too long: " + string.Join(", ", missing);
                return null;
            }
            var version = Text(root, "version") is { } v && long.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;
            return new YouzanPush(clientId!, msg!, msgId!, type!, Text(root, "status"), version, Text(root, "kdt_id"), Text(root, "sign"));
        }
        catch (JsonException ex)
        {
            error = "the body is not valid JSON: " + ex.Message;
            return null;
        }
    }

    /// <summary>A string or number field as text; null when absent, of another type, or longer than <paramref name="max"/>.</summary>
    private static string? Text(JsonElement root, string name, int max = MaxFieldLength)
    {
        if (!root.TryGetProperty(name, out var v)) return null;
        var s = v.ValueKind switch
        {
            JsonValueKind.String => v.GetString(),
            JsonValueKind.Number => v.GetRawText(),
            _ => null,
        };
        return s is not null && s.Length <= max ? s : null;
    }
}
