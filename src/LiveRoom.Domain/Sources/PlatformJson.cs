using System.Text.Json;

namespace LiveRoom.Domain.Sources;

/// <summary>
/// Reads the JSON object a platform sends (a 有赞 msg, a 抖店 message's data, a 微信小店 order answer)
/// with the same bounded depth for every platform, so a hostile document is refused alike everywhere.
/// </summary>
public static class PlatformJson
{
    public const int MaxDepth = 32;

    /// <summary>The root object, or null with "<paramref name="notJson"/>…" / <paramref name="notObject"/> as the error.</summary>
    public static JsonElement? ReadObject(ReadOnlySpan<byte> utf8, string notJson, string notObject, out string? error)
    {
        try
        {
            var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = MaxDepth });
            using var doc = JsonDocument.ParseValue(ref reader);
            return Object(doc.RootElement.Clone(), notObject, out error);
        }
        catch (JsonException ex)
        {
            error = notJson + ex.Message;
            return null;
        }
    }

    /// <inheritdoc cref="ReadObject(ReadOnlySpan{byte}, string, string, out string?)"/>
    public static JsonElement? ReadObject(string json, string notJson, string notObject, out string? error)
    {
        try
        {
            using var doc = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = MaxDepth });
            return Object(doc.RootElement.Clone(), notObject, out error);
        }
        catch (JsonException ex)
        {
            error = notJson + ex.Message;
            return null;
        }
    }

    private static JsonElement? Object(JsonElement root, string notObject, out string? error)
    {
        error = root.ValueKind == JsonValueKind.Object ? null : notObject;
        return error is null ? root : null;
    }
}
