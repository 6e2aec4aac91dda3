using LiveRoom.Domain.Cues;
using LiveRoom.Domain.Groups;
using LiveRoom.Domain.Launches;
using LiveRoom.Domain.Playbooks;

namespace LiveRoom.Domain.Tests.Playbooks;

public class PlaybookReaderTests
{
    private const string Valid = """
        id: sold-out
        name: 售罄
        suggestOn: sku_sold_out
        steps:
          - kind: pause_sku
          - kind: announce
            when: { phases: [live, closing], tiers: [core], skuSoldOut: true }
            text: "【{group}】{sku} 已抢光 {link}"
          - kind: cue
            cueKind: counter_negative
            text: 别急
          - kind: wait
            seconds: 30
          - kind: wait_ack
            role: CrisisHandler
        """;

    [Fact]
    public void Reads_every_field_of_a_valid_file()
    {
        var (playbook, errors) = PlaybookReader.Read("sold-out.yaml", Valid);
        Assert.Empty(errors);
        Assert.Equal(("sold-out", "售罄", PlaybookSignal.SkuSoldOut), (playbook!.Id, playbook.Name, playbook.SuggestOn));
        Assert.Equal([StepKind.PauseSku, StepKind.Announce, StepKind.Cue, StepKind.Wait, StepKind.WaitAck], playbook.Steps.Select(s => s.Kind));
        var when = playbook.Steps[1].When;
        Assert.Equal([LaunchPhase.Live, LaunchPhase.Closing], when.Phases);
        Assert.Equal([GroupTier.Core], when.Tiers);
        Assert.True(when.SkuSoldOut);
        Assert.Equal(CueKind.CounterNegative, playbook.Steps[2].CueKind);
        Assert.Equal(30, playbook.Steps[3].Seconds);
        Assert.Equal("CrisisHandler", playbook.Steps[4].Role);
    }

    [Theory]
    [InlineData("- kind: announce\n    text: \"{grup} hi\"", "steps[0].announce.text", "unknown placeholder '{grup}'")]
    [InlineData("- kind: announce", "steps[0].announce.text", "is required")]
    [InlineData("- kind: dance", "steps[0].kind", "unknown step kind 'dance'")]
    [InlineData("- kind: wait\n    seconds: 0", "steps[0].wait.seconds", "whole number")]
    [InlineData("- kind: wait_ack\n    role: Boss", "steps[0].wait_ack.role", "unknown role 'Boss'")]
    [InlineData("- kind: swap_link\n    link: not-a-url", "steps[0].swap_link.link", "absolute http(s) URL")]
    [InlineData("- kind: cue\n    cueKind: dance\n    text: hi", "steps[0].cue.cueKind", "unknown cue kind")]
    [InlineData("- kind: announce\n    txt: hi\n    text: hi", "steps[0].announce.txt", "unknown property")]
    [InlineData("- kind: announce\n    text: hi\n    when: { tiers: [gold] }", "steps[0].announce.when.tiers[0]", "expected one of pond, transit, core")]
    public void A_bad_step_is_reported_with_file_path_line_and_reason(string step, string path, string reason)
    {
        var (playbook, errors) = PlaybookReader.Read("bad.yaml", $"id: x\nname: X\nsteps:\n  {step}\n");
        Assert.Null(playbook);
        var error = Assert.Single(errors);
        Assert.Equal(("bad.yaml", path), (error.File, error.Path));
        Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
        Assert.NotNull(error.Line);
    }

    [Fact]
    public void Broken_yaml_and_missing_top_level_fields_are_named()
    {
        var (_, syntax) = PlaybookReader.Read("a.yaml", "id: [unclosed");
        Assert.Equal("$", Assert.Single(syntax).Path);

        var (_, missing) = PlaybookReader.Read("b.yaml", "name: B\nsteps: []\ncolour: red");
        Assert.Equal(["colour", "id", "steps"], missing.Select(e => e.Path).Order());
    }

    [Fact]
    public void Json_files_are_read_too()
    {
        var (playbook, errors) = PlaybookReader.Read("j.json", """{ "id": "j", "name": "J", "steps": [ { "kind": "checklist", "text": "看一下" } ] }""");
        Assert.Empty(errors);
        Assert.Equal(StepKind.Checklist, Assert.Single(playbook!.Steps).Kind);
    }
}
