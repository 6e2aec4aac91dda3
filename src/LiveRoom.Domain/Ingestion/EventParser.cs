using System.Globalization;
using System.Text.Json;

namespace LiveRoom.Domain.Ingestion;

/// <summary>
/// Turns one JSON event into a <see cref="LaunchEvent"/> or the list of reasons it is refused.
/// It reads each property by hand rather than deserializing so that a wrong type in one field
/// names that field instead of failing the whole batch.
/// </summary>
public static class EventParser
{
    public static LaunchEvent? Parse(JsonElement json, int index, DateTimeOffset now, List<EventError> errors)
    {
        var before = errors.Count;
        if (json.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new EventError(index, null, "$", "each event must be a JSON object"));
            return null;
        }

        var reader = new FieldReader(json, index, errors);
        var id = reader.RequiredString("id");
        reader.EventId = id;
        var typeName = reader.RequiredString("type");
        EventKind kind = default;
        if (typeName is not null && !EventKinds.ByWireName.TryGetValue(typeName, out kind))
        {
            reader.Fail("type", $"unknown event type '{typeName}'; expected one of {string.Join(", ", EventKinds.ByWireName.Keys)}");
            typeName = null;
        }

        var at = reader.OptionalTimestamp("at") ?? now;
        if (at > now + IngestLimits.MaxClockSkew) reader.Fail("at", "is more than 5 minutes in the future");
        else if (at < now - IngestLimits.MaxLateness) reader.Fail("at", "is more than 30 days in the past");

        if (typeName is null) return null;

        var e = new LaunchEvent { Kind = kind, Id = id ?? "", At = at };
        switch (kind)
        {
            case EventKind.PageView:
                e = e with { GroupId = reader.RequiredString("groupId"), VisitorId = reader.RequiredString("visitorId") };
                break;
            case EventKind.Order:
                e = e with
                {
                    GroupId = reader.RequiredString("groupId"),
                    OrderId = reader.RequiredString("orderId"),
                    SkuId = reader.RequiredString("skuId"),
                    Quantity = reader.RequiredInt("quantity", 1, IngestLimits.MaxOrderQuantity),
                    Amount = reader.RequiredDecimal("amount", 0m, IngestLimits.MaxOrderAmount),
                    Status = reader.RequiredStatus("status"),
                };
                break;
            case EventKind.Restock:
                e = e with
                {
                    SkuId = reader.RequiredString("skuId"),
                    Quantity = reader.RequiredInt("quantity", 1, IngestLimits.MaxRestockQuantity),
                };
                break;
            case EventKind.MemberJoined:
            case EventKind.MemberLeft:
                e = e with { GroupId = reader.RequiredString("groupId"), MemberId = reader.RequiredString("memberId") };
                break;
            case EventKind.ChatMessage:
                e = e with
                {
                    GroupId = reader.RequiredString("groupId"),
                    MemberId = reader.RequiredString("memberId"),
                    Text = reader.RequiredString("text", IngestLimits.MaxTextLength),
                };
                break;
        }

        return errors.Count == before ? e : null;
    }

    private sealed class FieldReader(JsonElement json, int index, List<EventError> errors)
    {
        public string? EventId { get; set; }

        public void Fail(string field, string message) => errors.Add(new EventError(index, EventId, field, message));

        public string? RequiredString(string field, int maxLength = IngestLimits.MaxIdLength)
        {
            if (!json.TryGetProperty(field, out var v) || v.ValueKind == JsonValueKind.Null)
            {
                Fail(field, "is required");
                return null;
            }
            if (v.ValueKind != JsonValueKind.String)
            {
                Fail(field, "must be a string");
                return null;
            }
            var s = v.GetString()!;
            if (string.IsNullOrWhiteSpace(s)) Fail(field, "must not be empty");
            else if (s.Length > maxLength) Fail(field, $"must be at most {maxLength} characters");
            else return s;
            return null;
        }

        public int RequiredInt(string field, int min, int max)
        {
            if (!json.TryGetProperty(field, out var v) || v.ValueKind == JsonValueKind.Null) Fail(field, "is required");
            else if (v.ValueKind != JsonValueKind.Number || !v.TryGetInt32(out var n)) Fail(field, "must be a whole number");
            else if (n < min || n > max) Fail(field, $"must be between {min} and {max}");
            else return n;
            return 0;
        }

        public decimal RequiredDecimal(string field, decimal min, decimal max)
        {
            if (!json.TryGetProperty(field, out var v) || v.ValueKind == JsonValueKind.Null) Fail(field, "is required");
            else if (v.ValueKind != JsonValueKind.Number || !v.TryGetDecimal(out var n)) Fail(field, "must be a number");
            else if (n < min || n > max) Fail(field, $"must be between {min} and {max}");
            else return n;
            return 0;
        }

        public OrderStatus RequiredStatus(string field)
        {
            var s = RequiredString(field);
            switch (s)
            {
                case null: return default;
                case "paid": return OrderStatus.Paid;
                case "refunded": return OrderStatus.Refunded;
                case "cancelled": return OrderStatus.Cancelled;
                default:
                    Fail(field, $"unknown status '{s}'; expected paid, refunded or cancelled");
                    return default;
            }
        }

        public DateTimeOffset? OptionalTimestamp(string field)
        {
            if (!json.TryGetProperty(field, out var v) || v.ValueKind == JsonValueKind.Null) return null;
            if (v.ValueKind == JsonValueKind.String
                && DateTimeOffset.TryParse(v.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at))
                return at;
            if (v.ValueKind == JsonValueKind.Number && v.TryGetInt64(out var ms))
                return DateTimeOffset.FromUnixTimeMilliseconds(ms);
            Fail(field, "must be an ISO 8601 timestamp or Unix milliseconds");
            return null;
        }
    }
}
