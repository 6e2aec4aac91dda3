using System.Text.Encodings.Web;
using System.Text.Json;
using LiveRoom.LoadTests.Model;

namespace LiveRoom.LoadTests.Wire;

/// <summary>
/// Writes script events as LiveRoom's ingestion JSON (docs/http-api.md). Ids are derived from the
/// event itself, so a duplicate sent by chaos carries the same id as its original, and every event
/// carries its intended time in <c>at</c>: late and reordered webhooks land where they belong.
/// </summary>
public sealed class EventJson(LaunchScript script, long startUnixMs)
{
    public static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public void Write(Utf8JsonWriter w, ModelEvent e)
    {
        var g = script.Groups[e.Group];
        var member = ModelGroup.MemberId(e.Member);
        w.WriteStartObject();
        switch (e.Kind)
        {
            case ModelKind.PageView:
                w.WriteString("id", $"pv-{g.Id}-{e.Member}-{e.Arg}");
                w.WriteString("type", "page_view");
                w.WriteString("visitorId", $"v-{g.Id}-{e.Member}");
                break;
            case ModelKind.Order or ModelKind.Refund:
                var order = script.Orders[e.Arg];
                var refund = e.Kind == ModelKind.Refund;
                w.WriteString("id", $"o{e.Arg}-{(refund ? "refunded" : "paid")}");
                w.WriteString("type", "order");
                w.WriteString("orderId", $"o{e.Arg}");
                w.WriteString("skuId", script.Skus[order.Sku].Id);
                w.WriteNumber("quantity", order.Quantity);
                w.WriteNumber("amount", order.Amount);
                w.WriteString("status", refund ? "refunded" : "paid");
                break;
            case ModelKind.ChainPost:
                w.WriteString("id", $"chain-{g.Id}-{e.Arg}");
                w.WriteString("type", "chat_message");
                w.WriteString("memberId", member);
                w.WriteString("text", ChainText.Post(g.ChainHeader, g.ChainLines, e.Arg));
                break;
            case ModelKind.Chat:
                w.WriteString("id", $"chat-{g.Id}-{e.Member}-{ChatText.Ordinal(e.Arg)}");
                w.WriteString("type", "chat_message");
                w.WriteString("memberId", member);
                w.WriteString("text", ChatText.Of(e.Arg));
                break;
            case ModelKind.Join or ModelKind.Leave:
                var join = e.Kind == ModelKind.Join;
                w.WriteString("id", $"{(join ? "join" : "leave")}-{g.Id}-{e.Member}");
                w.WriteString("type", join ? "member_joined" : "member_left");
                w.WriteString("memberId", member);
                break;
        }
        w.WriteString("groupId", g.Id);
        w.WriteNumber("at", startUnixMs + e.AtMs);
        w.WriteEndObject();
    }

    /// <summary>A JSON array of the events.</summary>
    public byte[] Batch(IEnumerable<ModelEvent> events)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(4096);
        using (var w = new Utf8JsonWriter(buffer, Options))
        {
            w.WriteStartArray();
            foreach (var e in events) Write(w, e);
            w.WriteEndArray();
        }
        return buffer.WrittenSpan.ToArray();
    }

    public byte[] Single(ModelEvent e)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(512);
        using (var w = new Utf8JsonWriter(buffer, Options)) Write(w, e);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>
    /// A broken webhook derived from a real event: LiveRoom must refuse it. Ids start with "bad-",
    /// so one that slipped through would show as a count the truth does not have.
    /// </summary>
    public byte[] Malformed(ModelEvent basis, Malformation how)
    {
        var g = script.Groups[basis.Group].Id;
        var at = startUnixMs + basis.AtMs;
        var id = $"bad-{how}-{g}-{basis.Member}-{basis.AtMs}";
        var order = $"\"type\":\"order\",\"orderId\":\"{id}\",\"skuId\":\"{script.Skus[0].Id}\",\"amount\":1,\"status\":\"paid\"";
        var text = how switch
        {
            Malformation.BrokenJson => $"{{\"id\":\"{id}\",{order},\"quantity\":1,\"groupId\":\"{g}\",\"at\":{at}",
            Malformation.MissingOrderId => $"{{\"id\":\"{id}\",\"type\":\"order\",\"skuId\":\"{script.Skus[0].Id}\",\"quantity\":1,\"amount\":1,\"status\":\"paid\",\"groupId\":\"{g}\",\"at\":{at}}}",
            Malformation.ZeroQuantity => $"{{\"id\":\"{id}\",{order},\"quantity\":0,\"groupId\":\"{g}\",\"at\":{at}}}",
            Malformation.UnknownGroup => $"{{\"id\":\"{id}\",{order},\"quantity\":1,\"groupId\":\"no-such-group\",\"at\":{at}}}",
            Malformation.UnknownType => $"{{\"id\":\"{id}\",\"type\":\"purchase\",\"groupId\":\"{g}\",\"at\":{at}}}",
            _ => $"[{{\"id\":\"{id}\",\"type\":\"chat_message\",\"memberId\":\"m1\",\"text\":\"#接龙\\n伪造\\n1. 黑客 99盒\",\"groupId\":\"{g}\",\"at\":{at}}}]",
        };
        return System.Text.Encoding.UTF8.GetBytes(text);
    }
}
