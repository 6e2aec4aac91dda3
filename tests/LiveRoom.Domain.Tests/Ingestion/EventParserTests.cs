using System.Text.Json.Nodes;
using System.Text.Json;
using LiveRoom.Domain.Ingestion;

namespace LiveRoom.Domain.Tests.Ingestion;

public class EventParserTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);

    private static (LaunchEvent? Event, List<EventError> Errors) Parse(string json, int index = 0)
    {
        var errors = new List<EventError>();
        using var doc = JsonDocument.Parse(json);
        var e = EventParser.Parse(doc.RootElement, index, Now, errors);
        return (e, errors);
    }

    private static EventError Single(List<EventError> errors, string field)
    {
        var error = Assert.Single(errors);
        Assert.Equal(field, error.Field);
        return error;
    }

    private const string GoodOrder =
        """{"id":"e1","type":"order","groupId":"g1","orderId":"o1","skuId":"sku-1","quantity":2,"amount":198.5,"status":"paid","at":"2026-11-24T11:59:00Z"}""";

    [Fact]
    public void Parses_a_complete_order()
    {
        var (e, errors) = Parse(GoodOrder);

        Assert.Empty(errors);
        Assert.NotNull(e);
        Assert.Equal(EventKind.Order, e.Kind);
        Assert.Equal("e1", e.Id);
        Assert.Equal("g1", e.GroupId);
        Assert.Equal("o1", e.OrderId);
        Assert.Equal("sku-1", e.SkuId);
        Assert.Equal(2, e.Quantity);
        Assert.Equal(198.5m, e.Amount);
        Assert.Equal(OrderStatus.Paid, e.Status);
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 11, 59, 0, TimeSpan.Zero), e.At);
    }

    [Theory]
    [InlineData("refunded", OrderStatus.Refunded)]
    [InlineData("cancelled", OrderStatus.Cancelled)]
    public void Parses_order_statuses(string wire, OrderStatus expected)
    {
        var (e, errors) = Parse(With("status", $"\"{wire}\""));
        Assert.Empty(errors);
        Assert.Equal(expected, e!.Status);
    }

    [Fact]
    public void Unknown_status_names_the_status_field()
    {
        var (e, errors) = Parse(With("status", "\"shipped\""));
        Assert.Null(e);
        Assert.Contains("shipped", Single(errors, "status").Message);
    }

    [Fact]
    public void Parses_a_page_view_and_defaults_at_to_now()
    {
        var (e, errors) = Parse("""{"id":"pv1","type":"page_view","groupId":"g1","visitorId":"v1"}""");
        Assert.Empty(errors);
        Assert.Equal(EventKind.PageView, e!.Kind);
        Assert.Equal("v1", e.VisitorId);
        Assert.Equal(Now, e.At);
    }

    [Fact]
    public void Parses_restock_without_a_group()
    {
        var (e, errors) = Parse("""{"id":"r1","type":"restock","skuId":"sku-1","quantity":500}""");
        Assert.Empty(errors);
        Assert.Equal(EventKind.Restock, e!.Kind);
        Assert.Null(e.GroupId);
        Assert.Equal(500, e.Quantity);
    }

    [Theory]
    [InlineData("member_joined", EventKind.MemberJoined)]
    [InlineData("member_left", EventKind.MemberLeft)]
    public void Parses_membership_events(string type, EventKind kind)
    {
        var (e, errors) = Parse($$"""{"id":"m1","type":"{{type}}","groupId":"g1","memberId":"u1"}""");
        Assert.Empty(errors);
        Assert.Equal(kind, e!.Kind);
        Assert.Equal("u1", e.MemberId);
    }

    [Fact]
    public void Parses_chat_message_with_chinese_text()
    {
        var (e, errors) = Parse("""{"id":"c1","type":"chat_message","groupId":"g1","memberId":"u1","text":"#接龙\n1. 李姐 1盒"}""");
        Assert.Empty(errors);
        Assert.Equal("#接龙\n1. 李姐 1盒", e!.Text);
    }

    [Fact]
    public void Chat_text_longer_than_the_limit_is_refused()
    {
        var text = new string('话', IngestLimits.MaxTextLength + 1);
        var (e, errors) = Parse($$"""{"id":"c1","type":"chat_message","groupId":"g1","memberId":"u1","text":"{{text}}"}""");
        Assert.Null(e);
        Single(errors, "text");
    }

    [Fact]
    public void A_non_object_is_refused_with_its_index()
    {
        var (e, errors) = Parse("[1,2]", index: 7);
        Assert.Null(e);
        var error = Single(errors, "$");
        Assert.Equal(7, error.Index);
    }

    [Fact]
    public void Unknown_type_names_the_type_field_and_lists_known_types()
    {
        var (e, errors) = Parse("""{"id":"e1","type":"purchase","groupId":"g1"}""", index: 3);
        Assert.Null(e);
        var error = Single(errors, "type");
        Assert.Equal(3, error.Index);
        Assert.Equal("e1", error.EventId);
        Assert.Contains("purchase", error.Message);
        Assert.Contains("page_view", error.Message);
    }

    [Fact]
    public void Missing_id_is_reported_without_an_event_id()
    {
        var (e, errors) = Parse("""{"type":"page_view","groupId":"g1","visitorId":"v1"}""");
        Assert.Null(e);
        var error = Single(errors, "id");
        Assert.Null(error.EventId);
        Assert.Equal("is required", error.Message);
    }

    [Theory]
    [InlineData("groupId")]
    [InlineData("orderId")]
    [InlineData("skuId")]
    [InlineData("quantity")]
    [InlineData("amount")]
    [InlineData("status")]
    public void Each_missing_order_field_is_named(string field)
    {
        var (e, errors) = Parse(With(field, null));
        Assert.Null(e);
        var error = Single(errors, field);
        Assert.Equal("e1", error.EventId);
        Assert.Equal("is required", error.Message);
    }

    [Theory]
    [InlineData("groupId", "5", "must be a string")]
    [InlineData("orderId", "true", "must be a string")]
    [InlineData("skuId", "{}", "must be a string")]
    [InlineData("quantity", "\"2\"", "must be a whole number")]
    [InlineData("quantity", "1.5", "must be a whole number")]
    [InlineData("amount", "\"19.9\"", "must be a number")]
    [InlineData("status", "1", "must be a string")]
    public void Wrong_types_name_the_field(string field, string value, string message)
    {
        var (e, errors) = Parse(With(field, value));
        Assert.Null(e);
        Assert.Equal(message, Single(errors, field).Message);
    }

    /// <summary>The good order with one property replaced by raw JSON, or removed when <paramref name="raw"/> is null.</summary>
    private static string With(string field, string? raw)
    {
        var node = JsonNode.Parse(GoodOrder)!.AsObject();
        node.Remove(field);
        if (raw is not null) node[field] = JsonNode.Parse(raw);
        return node.ToJsonString();
    }

    [Theory]
    [InlineData("0")]
    [InlineData("10001")]
    [InlineData("-1")]
    public void Quantity_out_of_range_is_refused(string quantity)
    {
        var (e, errors) = Parse(With("quantity", quantity));
        Assert.Null(e);
        Assert.StartsWith("must be between", Single(errors, "quantity").Message);
    }

    [Theory]
    [InlineData("-0.01", false)]
    [InlineData("0", true)]
    [InlineData("10000000", true)]
    [InlineData("10000000.01", false)]
    public void Amount_bounds(string amount, bool ok)
    {
        var (e, errors) = Parse(With("amount", amount));
        Assert.Equal(ok, e is not null);
        if (!ok) Single(errors, "amount");
    }

    [Fact]
    public void Restock_quantity_is_bounded_by_its_own_limit()
    {
        var (ok, _) = Parse($$"""{"id":"r1","type":"restock","skuId":"s","quantity":{{IngestLimits.MaxRestockQuantity}}}""");
        Assert.NotNull(ok);
        var (bad, errors) = Parse($$"""{"id":"r1","type":"restock","skuId":"s","quantity":{{IngestLimits.MaxRestockQuantity + 1}}}""");
        Assert.Null(bad);
        Single(errors, "quantity");
    }

    [Theory]
    [InlineData("\"\"")]
    [InlineData("\"   \"")]
    public void Empty_strings_are_refused(string value)
    {
        var (e, errors) = Parse($$"""{"id":"pv1","type":"page_view","groupId":"g1","visitorId":{{value}}}""");
        Assert.Null(e);
        Assert.Equal("must not be empty", Single(errors, "visitorId").Message);
    }

    [Fact]
    public void Ids_longer_than_the_limit_are_refused()
    {
        var id = new string('x', IngestLimits.MaxIdLength + 1);
        var (e, errors) = Parse($$"""{"id":"{{id}}","type":"page_view","groupId":"g1","visitorId":"v"}""");
        Assert.Null(e);
        Single(errors, "id");
    }

    [Fact]
    public void Null_counts_as_missing()
    {
        var (e, errors) = Parse("""{"id":"pv1","type":"page_view","groupId":null,"visitorId":"v"}""");
        Assert.Null(e);
        Assert.Equal("is required", Single(errors, "groupId").Message);
    }

    [Fact]
    public void Several_bad_fields_are_all_reported()
    {
        var (e, errors) = Parse("""{"id":"e1","type":"order","groupId":1,"orderId":"o1","skuId":"s","quantity":0,"amount":"x","status":"paid"}""");
        Assert.Null(e);
        Assert.Equal(new[] { "amount", "groupId", "quantity" }, errors.Select(x => x.Field).Order().ToArray());
        Assert.All(errors, x => Assert.Equal("e1", x.EventId));
    }

    [Fact]
    public void Unix_milliseconds_are_accepted_for_at()
    {
        var ms = Now.AddMinutes(-3).ToUnixTimeMilliseconds();
        var (e, errors) = Parse($$"""{"id":"pv1","type":"page_view","groupId":"g1","visitorId":"v","at":{{ms}}}""");
        Assert.Empty(errors);
        Assert.Equal(Now.AddMinutes(-3), e!.At);
    }

    [Fact]
    public void Iso_timestamp_with_offset_is_converted_to_the_same_instant()
    {
        var (e, errors) = Parse("""{"id":"pv1","type":"page_view","groupId":"g1","visitorId":"v","at":"2026-11-24T19:30:00+08:00"}""");
        Assert.Empty(errors);
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 11, 30, 0, TimeSpan.Zero), e!.At);
        Assert.Equal(UnixMinute.Of(new DateTimeOffset(2026, 11, 24, 11, 30, 0, TimeSpan.Zero)), e.Minute);
    }

    [Fact]
    public void Timestamp_without_offset_is_taken_as_utc()
    {
        var (e, _) = Parse("""{"id":"pv1","type":"page_view","groupId":"g1","visitorId":"v","at":"2026-11-24T11:00:00"}""");
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 11, 0, 0, TimeSpan.Zero), e!.At);
    }

    [Theory]
    [InlineData("\"yesterday\"")]
    [InlineData("true")]
    [InlineData("1.5")]
    public void Unreadable_at_names_the_at_field(string at)
    {
        var (e, errors) = Parse($$"""{"id":"pv1","type":"page_view","groupId":"g1","visitorId":"v","at":{{at}}}""");
        Assert.Null(e);
        Single(errors, "at");
    }

    [Fact]
    public void At_within_the_clock_skew_is_accepted_but_further_in_the_future_is_refused()
    {
        var edge = Now + IngestLimits.MaxClockSkew;
        var (ok, _) = Parse($$"""{"id":"pv1","type":"page_view","groupId":"g1","visitorId":"v","at":{{edge.ToUnixTimeMilliseconds()}}}""");
        Assert.NotNull(ok);

        var future = edge.AddSeconds(1);
        var (bad, errors) = Parse($$"""{"id":"pv1","type":"page_view","groupId":"g1","visitorId":"v","at":{{future.ToUnixTimeMilliseconds()}}}""");
        Assert.Null(bad);
        Assert.Contains("future", Single(errors, "at").Message);
    }

    [Fact]
    public void Ancient_at_is_refused_but_late_within_thirty_days_is_kept()
    {
        var late = Now - IngestLimits.MaxLateness + TimeSpan.FromMinutes(1);
        var (ok, _) = Parse($$"""{"id":"pv1","type":"page_view","groupId":"g1","visitorId":"v","at":{{late.ToUnixTimeMilliseconds()}}}""");
        Assert.Equal(late, ok!.At);

        var ancient = Now - IngestLimits.MaxLateness - TimeSpan.FromMinutes(1);
        var (bad, errors) = Parse($$"""{"id":"pv1","type":"page_view","groupId":"g1","visitorId":"v","at":{{ancient.ToUnixTimeMilliseconds()}}}""");
        Assert.Null(bad);
        Assert.Contains("past", Single(errors, "at").Message);
    }

    [Fact]
    public void Fields_a_kind_does_not_use_are_ignored()
    {
        var (e, errors) = Parse("""{"id":"pv1","type":"page_view","groupId":"g1","visitorId":"v","quantity":"junk","extra":[1]}""");
        Assert.Empty(errors);
        Assert.Equal(0, e!.Quantity);
    }
}
