using System.Text.Json.Serialization;
using System.Text.Json;
using LiveRoom.Domain.Announcements;

namespace LiveRoom.Domain.Announcements;

/// <summary>
/// The bodies LiveRoom posts (docs/delivery.md). The generic webhook gets the whole context; WeCom
/// gets its own robot format, with a late notice prefixed "【补发】" so the group knows it is late.
/// </summary>
public static class OutboundPayloads
{
    public const string LatePrefix = "【补发】";

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public static byte[] Generic(OutboundMessage m) => JsonSerializer.SerializeToUtf8Bytes(new GenericBody(
        m.IdempotencyKey, m.LaunchId, m.GroupId, m.AnnouncementId,
        m.Format == MessageFormat.Markdown ? "markdown" : "text", m.Text, m.Late, m.QueuedAt), Json);

    public static byte[] WeCom(OutboundMessage m)
    {
        var text = m.Late ? LatePrefix + m.Text : m.Text;
        object body = m.Format == MessageFormat.Markdown
            ? new { msgtype = "markdown", markdown = new { content = text } }
            : new { msgtype = "text", text = new { content = text } };
        return JsonSerializer.SerializeToUtf8Bytes(body, Json);
    }

    public sealed record GenericBody(
        string IdempotencyKey, string LaunchId, string GroupId, string AnnouncementId,
        string Format, string Text, bool Late, DateTimeOffset QueuedAt);
}
