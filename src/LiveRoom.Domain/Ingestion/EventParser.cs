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
        var id = reader.RequiredString(Fields.Id);
        reader.EventId = id;
        var kind = reader.RequiredKind(Fields.Type);

        var at = reader.OptionalTimestamp(Fields.At) ?? now;
        if (at > now + IngestLimits.MaxClockSkew) reader.Fail("at", "is more than 5 minutes in the future");
        else if (at < now - IngestLimits.MaxLateness) reader.Fail("at", "is more than 30 days in the past");

        if (kind is null) return null;

        // Fields are read in the order they are reported, and the event is built once (hot path).
        string? groupId = null, visitorId = null, orderId = null, skuId = null, memberId = null, text = null, code = null;
        int quantity = 0;
        decimal amount = 0;
        OrderStatus status = default;
        switch (kind.Value)
        {
            case EventKind.PageView:
                groupId = reader.RequiredString(Fields.GroupId);
                visitorId = reader.RequiredString(Fields.VisitorId);
                break;
            case EventKind.Order:
                groupId = reader.RequiredString(Fields.GroupId);
                orderId = reader.RequiredString(Fields.OrderId);
                skuId = reader.RequiredString(Fields.SkuId);
                quantity = reader.RequiredInt(Fields.Quantity, 1, IngestLimits.MaxOrderQuantity);
                amount = reader.RequiredDecimal(Fields.Amount, 0m, IngestLimits.MaxOrderAmount);
                status = reader.RequiredStatus(Fields.Status);
                break;
            case EventKind.Restock:
                skuId = reader.RequiredString(Fields.SkuId);
                quantity = reader.RequiredInt(Fields.Quantity, 1, IngestLimits.MaxRestockQuantity);
                break;
            case EventKind.MemberJoined:
            case EventKind.MemberLeft:
                groupId = reader.RequiredString(Fields.GroupId);
                memberId = reader.RequiredString(Fields.MemberId);
                break;
            case EventKind.ChatMessage:
                groupId = reader.RequiredString(Fields.GroupId);
                memberId = reader.RequiredString(Fields.MemberId);
                text = reader.RequiredString(Fields.Text, IngestLimits.MaxTextLength);
                break;
            case EventKind.PageError:
                groupId = reader.RequiredString(Fields.GroupId);
                code = reader.OptionalString(Fields.Code, IngestLimits.MaxErrorCodeLength);
                text = reader.OptionalString(Fields.Message, IngestLimits.MaxErrorMessageLength);
                break;
        }

        if (errors.Count != before) return null;
        return new LaunchEvent
        {
            Kind = kind.Value,
            Id = id ?? "",
            At = at,
            GroupId = groupId,
            VisitorId = visitorId,
            OrderId = orderId,
            SkuId = skuId,
            Quantity = quantity,
            Amount = amount,
            Status = status,
            MemberId = memberId,
            Text = text,
            Code = code,
        };
    }

    /// <summary>A property name as text (for error reports) and as UTF-8 (for lookups without transcoding).</summary>
    private sealed class Field(string name)
    {
        public string Name { get; } = name;
        public byte[] Utf8 { get; } = System.Text.Encoding.UTF8.GetBytes(name);
    }

    private static class Fields
    {
        public static readonly Field Id = new("id");
        public static readonly Field Type = new("type");
        public static readonly Field At = new("at");
        public static readonly Field GroupId = new("groupId");
        public static readonly Field VisitorId = new("visitorId");
        public static readonly Field OrderId = new("orderId");
        public static readonly Field SkuId = new("skuId");
        public static readonly Field Quantity = new("quantity");
        public static readonly Field Amount = new("amount");
        public static readonly Field Status = new("status");
        public static readonly Field MemberId = new("memberId");
        public static readonly Field Text = new("text");
        public static readonly Field Code = new("code");
        public static readonly Field Message = new("message");
    }

    /// <summary>Wire names as UTF-8, so the common case matches the type without allocating a string.</summary>
    private static readonly (byte[] Utf8, EventKind Kind)[] KindsUtf8 =
        [.. EventKinds.ByWireName.Select(p => (System.Text.Encoding.UTF8.GetBytes(p.Key), p.Value))];

    private sealed class FieldReader(JsonElement json, int index, List<EventError> errors)
    {
        public string? EventId { get; set; }

        public void Fail(string field, string message) => errors.Add(new EventError(index, EventId, field, message));

        /// <summary>The event type; null (with the reason reported) when missing, malformed or unknown.</summary>
        public EventKind? RequiredKind(Field field)
        {
            if (json.TryGetProperty(field.Utf8, out var v) && v.ValueKind == JsonValueKind.String)
            {
                foreach (var (utf8, kind) in KindsUtf8)
                    if (v.ValueEquals(utf8)) return kind;
            }
            var typeName = RequiredString(field);
            if (typeName is null) return null;
            if (EventKinds.ByWireName.TryGetValue(typeName, out var known)) return known;
            Fail(field.Name, $"unknown event type '{typeName}'; expected one of {string.Join(", ", EventKinds.ByWireName.Keys)}");
            return null;
        }

        public string? RequiredString(Field f, int maxLength = IngestLimits.MaxIdLength)
        {
            var field = f.Name;
            if (!json.TryGetProperty(f.Utf8, out var v) || v.ValueKind == JsonValueKind.Null)
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

        /// <summary>Absent or null is fine; present, it must be a string of at most <paramref name="maxLength"/> characters.</summary>
        public string? OptionalString(Field f, int maxLength)
        {
            if (!json.TryGetProperty(f.Utf8, out var v) || v.ValueKind == JsonValueKind.Null) return null;
            if (v.ValueKind != JsonValueKind.String) Fail(f.Name, "must be a string");
            else if (v.GetString()!.Length > maxLength) Fail(f.Name, $"must be at most {maxLength} characters");
            else return v.GetString()!.Length == 0 ? null : v.GetString();
            return null;
        }

        public int RequiredInt(Field f, int min, int max)
        {
            var field = f.Name;
            if (!json.TryGetProperty(f.Utf8, out var v) || v.ValueKind == JsonValueKind.Null) Fail(field, "is required");
            else if (v.ValueKind != JsonValueKind.Number || !v.TryGetInt32(out var n)) Fail(field, "must be a whole number");
            else if (n < min || n > max) Fail(field, $"must be between {min} and {max}");
            else return n;
            return 0;
        }

        public decimal RequiredDecimal(Field f, decimal min, decimal max)
        {
            var field = f.Name;
            if (!json.TryGetProperty(f.Utf8, out var v) || v.ValueKind == JsonValueKind.Null) Fail(field, "is required");
            else if (v.ValueKind != JsonValueKind.Number || !v.TryGetDecimal(out var n)) Fail(field, "must be a number");
            else if (n < min || n > max) Fail(field, $"must be between {min} and {max}");
            else return n;
            return 0;
        }

        public OrderStatus RequiredStatus(Field f)
        {
            var field = f.Name;
            var s = RequiredString(f);
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

        public DateTimeOffset? OptionalTimestamp(Field f)
        {
            var field = f.Name;
            if (!json.TryGetProperty(f.Utf8, out var v) || v.ValueKind == JsonValueKind.Null) return null;
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
