using System.Text.Json;

namespace LiveRoom.Domain.Sources;

/// <summary>
/// The body of a 抖店 message push: a JSON array of messages (<see cref="DouyinMessage"/>).
/// Each entry is read on its own, so one malformed entry never costs the others.
/// </summary>
public static class DouyinPush
{
    public const int MaxFieldLength = 128;
    /// <summary>The platform batches a few messages per push; more than this is not a push we expect.</summary>
    public const int MaxMessages = 500;

    /// <summary>
    /// The platform's test push when a push URL is saved: one message with tag <c>0</c> (and msg_id
    /// <c>0</c>). It changes nothing and is answered success like any push.
    /// </summary>
    public static bool IsTest(IReadOnlyList<DouyinMessage>? messages) =>
        messages is [{ Tag: "0" }];

    /// <summary>The batch's entries, or null with the reason when the body is no array of messages.</summary>
    public static IReadOnlyList<DouyinMessage>? Parse(ReadOnlySpan<byte> body, out string? error)
    {
        error = null;
        try
        {
            var reader = new Utf8JsonReader(body, new JsonReaderOptions { MaxDepth = 16 });
            using var doc = JsonDocument.ParseValue(ref reader);
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Array)
            {
                error = "the body is not a JSON array";
                return null;
            }
            if (root.GetArrayLength() > MaxMessages)
            {
                error = $"the body has more than {MaxMessages} messages";
                return null;
            }
            return root.EnumerateArray().Select(Entry).ToList();
        }
        catch (JsonException ex)
        {
            error = "the body is not valid JSON: " + ex.Message;
            return null;
        }
    }

    private static DouyinMessage Entry(JsonElement e)
    {
        if (e.ValueKind != JsonValueKind.Object) return new DouyinMessage(null, null, null, "not an object");
        var tag = Text(e, "tag");
        var msgId = Text(e, "msg_id");
        // data is documented as a JSON string; an object is read too rather than refused over its quoting.
        string? data = e.TryGetProperty("data", out var d) ? d.ValueKind switch
        {
            JsonValueKind.String => d.GetString(),
            JsonValueKind.Object => d.GetRawText(),
            _ => null,
        } : null;
        var missing = new[] { ("tag", tag), ("msg_id", msgId), ("data", data) }.Where(f => string.IsNullOrEmpty(f.Item2)).Select(f => f.Item1).ToList();
        return new DouyinMessage(tag, msgId, data, missing.Count > 0 ? "missing or too long: " + string.Join(", ", missing) : null);
    }

    private static string? Text(JsonElement e, string name)
    {
        if (!e.TryGetProperty(name, out var v)) return null;
        var s = v.ValueKind switch
        {
            JsonValueKind.String => v.GetString(),
            JsonValueKind.Number => v.GetRawText(),
            _ => null,
        };
        return s is not null && s.Length <= MaxFieldLength ? s.Trim() : null;
    }
}
