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
}
