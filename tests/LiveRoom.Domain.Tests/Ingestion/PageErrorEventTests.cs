using System.Text.Json;
using LiveRoom.Domain.Ingestion;

namespace LiveRoom.Domain.Tests.Ingestion;

public class PageErrorEventTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);

    private static (LaunchEvent? Event, List<EventError> Errors) Parse(string json)
    {
        var errors = new List<EventError>();
        using var doc = JsonDocument.Parse(json);
        return (EventParser.Parse(doc.RootElement, 0, Now, errors), errors);
    }

    [Fact]
    public void A_page_error_carries_its_group_code_and_message()
    {
        var (e, errors) = Parse("""{"id":"x1","type":"page_error","groupId":"g1","code":"checkout","message":"HTTP 502","at":"2026-11-24T11:59:30Z"}""");
        Assert.Empty(errors);
        Assert.Equal((EventKind.PageError, "g1", "checkout", "HTTP 502"), (e!.Kind, e.GroupId, e.Code, e.Text));
        Assert.True(e.Kind.IsTraffic()); // counted in the silo's buffer like page views
    }

    [Fact]
    public void Code_and_message_are_optional()
    {
        var (e, errors) = Parse("""{"id":"x1","type":"page_error","groupId":"g1"}""");
        Assert.Empty(errors);
        Assert.Null(e!.Code);
        Assert.Null(e.Text);
        Assert.Equal(Now, e.At);
    }

    [Theory]
    [InlineData("""{"id":"x1","type":"page_error"}""", "groupId", "is required")]
    [InlineData("""{"id":"x1","type":"page_error","groupId":"g1","code":7}""", "code", "must be a string")]
    [InlineData("""{"id":"x1","type":"page_error","groupId":"g1","message":{"a":1}}""", "message", "must be a string")]
    public void Bad_fields_are_named(string json, string field, string reason)
    {
        var (e, errors) = Parse(json);
        Assert.Null(e);
        var error = Assert.Single(errors);
        Assert.Equal((field, reason), (error.Field, error.Message));
    }

    [Fact]
    public void Over_long_code_and_message_are_refused_with_their_limits()
    {
        var json = JsonSerializer.Serialize(new { id = "x1", type = "page_error", groupId = "g1", code = new string('c', 65), message = new string('m', 301) });
        var (e, errors) = Parse(json);
        Assert.Null(e);
        Assert.Equal(["code: must be at most 64 characters", "message: must be at most 300 characters"], errors.Select(x => $"{x.Field}: {x.Message}"));
    }

    [Fact]
    public void The_beacon_key_may_send_page_errors_but_not_orders()
    {
        Assert.True(IngestScope.PageViewsOnly.Allows(EventKind.PageError));
        Assert.True(IngestScope.PageViewsOnly.Allows(EventKind.PageView));
        Assert.False(IngestScope.PageViewsOnly.Allows(EventKind.Order));
        Assert.False(IngestScope.GroupBot.Allows(EventKind.PageError));
    }
}
