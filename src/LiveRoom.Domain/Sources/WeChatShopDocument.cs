using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml;

namespace LiveRoom.Domain.Sources;

/// <summary>
/// Reads a WeChat shop message body, JSON (the shop's only format today) or XML (the format of the
/// older WeChat message push, which the same URL may be configured for), into one JSON tree so the
/// rest of the code reads one shape. XML elements become properties, text becomes strings. Hostile
/// input is bounded: depth, size, no DTD, no external entities.
/// </summary>
public static class WeChatShopDocument
{
    public const int MaxDepth = 16;
    public const int MaxChars = 256 * 1024;

    /// <summary>The root object, or null with the reason when the body is neither a JSON object nor an <c>&lt;xml&gt;</c> document.</summary>
    public static JsonElement? Read(ReadOnlySpan<byte> body, out string? error)
    {
        error = null;
        var start = 0;
        while (start < body.Length && (body[start] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or 0xEF or 0xBB or 0xBF)) start++;
        if (start >= body.Length)
        {
            error = "empty body";
            return null;
        }
        try
        {
            if (body[start] == (byte)'<') return Xml(body[start..]);
            var reader = new Utf8JsonReader(body[start..], new JsonReaderOptions { MaxDepth = MaxDepth });
            using var doc = JsonDocument.ParseValue(ref reader);
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
            {
                error = "the body is not a JSON object";
                return null;
            }
            return doc.RootElement.Clone();
        }
        catch (Exception ex) when (ex is JsonException or XmlException or InvalidOperationException or DecoderFallbackException)
        {
            error = "unreadable body: " + ex.GetType().Name;
            return null;
        }
    }

    private static JsonElement? Xml(ReadOnlySpan<byte> body)
    {
        var settings = new XmlReaderSettings
        {
            // A DTD could declare entities that expand without bound (billion laughs) or reach out to files and URLs.
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = MaxChars,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            IgnoreWhitespace = true,
        };
        using var stream = new MemoryStream(body.ToArray(), writable: false);
        using var reader = XmlReader.Create(stream, settings);
        reader.MoveToContent();
        if (reader.NodeType != XmlNodeType.Element) throw new XmlException("no root element");
        var root = Element(reader, 1);
        if (root is not JsonObject) throw new XmlException("the root element holds no fields");
        return JsonSerializer.Deserialize<JsonElement>(root.ToJsonString());
    }

    /// <summary>Reads the element the reader is on; an element with child elements becomes an object, otherwise its text.</summary>
    private static JsonNode? Element(XmlReader reader, int depth)
    {
        if (depth > MaxDepth) throw new XmlException("too deep");
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return JsonValue.Create("");
        }
        reader.Read();
        JsonObject? obj = null;
        string? text = null;
        while (reader.NodeType != XmlNodeType.EndElement && !reader.EOF)
        {
            if (reader.NodeType == XmlNodeType.Element)
            {
                obj ??= new JsonObject();
                var name = reader.LocalName;
                var child = Element(reader, depth + 1);
                // A repeated element (a list) keeps its first value: the fields read here are never lists in XML.
                if (!obj.ContainsKey(name)) obj[name] = child;
            }
            else if (reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA)
            {
                text = (text ?? "") + reader.Value;
                reader.Read();
            }
            else reader.Read();
        }
        reader.Read();
        return obj is not null ? obj : JsonValue.Create(text ?? "");
    }
}
