using LiveRoom.Domain.Shared;
using LiveRoom.Domain.Timeline;
using LiveRoom.Web.Shared;

namespace LiveRoom.Web.Tests.Shared;

public sealed class ServerTextRenderTests
{
    private readonly Ui _ui = new();

    [Fact]
    public void Arguments_are_stored_invariantly()
    {
        var text = ServerText.Of("x.y", ("groups", 1234), ("price", 9.5m));
        Assert.Equal("1234", text.Arg("groups"));
        Assert.Equal("9.5", text.Arg("price"));
        Assert.Equal("", text.Arg("missing"));
    }

    [Fact]
    public void A_code_without_a_text_shows_the_stored_sentence_or_the_code_and_its_arguments()
    {
        Assert.Equal("旧的句子", _ui.Render(new TimelineEntry { Action = "no.such.code", Summary = "旧的句子" }));
        Assert.Equal("no.such.code {n: 3}", _ui.Render(ServerText.Of("no.such.code", ("n", 3))));
    }

    [Fact]
    public void A_time_span_reads_in_the_readers_language()
    {
        var before = System.Globalization.CultureInfo.CurrentUICulture;
        try
        {
            System.Globalization.CultureInfo.CurrentUICulture = new System.Globalization.CultureInfo("en");
            Assert.Equal("23 s", _ui.Span(TimeSpan.FromSeconds(22.2)));
            Assert.Equal("2 min", _ui.Span(TimeSpan.FromSeconds(110)));
            Assert.Equal("1 h 5 min", _ui.Span(TimeSpan.FromMinutes(65)));
            System.Globalization.CultureInfo.CurrentUICulture = new System.Globalization.CultureInfo("zh-CN");
            Assert.Equal("23秒", _ui.Span(TimeSpan.FromSeconds(22.2)));
            Assert.Equal("1小时", _ui.Span(TimeSpan.FromMinutes(60)));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentUICulture = before;
        }
    }
}
