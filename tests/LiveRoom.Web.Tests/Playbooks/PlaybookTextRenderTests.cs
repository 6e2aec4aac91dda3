using System.Globalization;
using LiveRoom.Domain.Announcements;
using LiveRoom.Domain.Groups;
using LiveRoom.Domain.Playbooks;
using LiveRoom.Web.Playbooks;
using LiveRoom.Web.Shared;

namespace LiveRoom.Web.Tests.Playbooks;

/// <summary>The incident, step and announcement codes read as the sentences they replaced, in both languages.</summary>
public sealed class PlaybookTextRenderTests
{
    private readonly Ui _ui = new();

    private static PlannedStep Step(StepKind kind) => new() { Index = 1, Kind = kind, Title = "通知全员" };

    private string In(string culture, Func<string> render)
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            return render();
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    [Fact]
    public void A_sending_step_says_how_many_groups_it_queued_and_any_other_step_says_done()
    {
        Assert.Equal("「售罄」步骤 2「通知全员」：已排队 18 个群", In("zh-CN", () => _ui.Render(RunTexts.StepDone("售罄", Step(StepKind.Announce), 18))));
        Assert.Equal("「售罄」步骤 2「通知全员」：完成", In("zh-CN", () => _ui.Render(RunTexts.StepDone("售罄", Step(StepKind.PauseSku), 0))));
        Assert.Equal("“售罄” step 2 “通知全员”: queued for 18 groups", In("en", () => _ui.Render(RunTexts.StepDone("售罄", Step(StepKind.Cue), 18))));
        Assert.Equal("“售罄” step 2 “通知全员”: done", In("en", () => _ui.Render(RunTexts.StepDone("售罄", Step(StepKind.SwapLink), 0))));
    }

    [Fact]
    public void An_owner_taken_away_reads_as_none()
    {
        Assert.Equal("负责人：无", In("zh-CN", () => _ui.Render(RunTexts.Owner(""))));
        Assert.Equal("Owner: 王经理", In("en", () => _ui.Render(RunTexts.Owner("王经理"))));
    }

    [Fact]
    public void A_queued_announcement_reads_as_before()
    {
        var late = new Announcement { Id = "e1#0", Label = "T-2m", Late = true, Groups = 18, Template = "x", Target = new AnnouncementTarget { Kind = TargetKind.Tier, Tier = GroupTier.Core } };
        var onTime = late with { Late = false, Target = AnnouncementTarget.All };
        Assert.Equal("公告 T-2m（补发） 已排队发往 18 个群（层级 核心群）", In("zh-CN", () => _ui.Render(AnnouncementLog.Queued(late))));
        Assert.Equal("Announcement T-2m queued for 18 groups (all groups)", In("en", () => _ui.Render(AnnouncementLog.Queued(onTime))));
        Assert.Equal("公告 T-2m#0 已送达 18 个群", In("zh-CN", () => _ui.Render(AnnouncementLog.Delivered("T-2m#0", 18))));
    }

    [Fact]
    public void Why_a_step_does_not_apply_is_in_the_reader_s_words()
    {
        Assert.Equal("没有匹配的目标群", In("zh-CN", () => _ui.WhyNot(new PlannedStep { Applies = false, NotApplicable = RunTexts.NoTargetGroup }) ?? ""));
        Assert.Equal("stored words", In("en", () => _ui.WhyNot(new PlannedStep { Applies = false, NotApplicableBecause = "stored words" }) ?? ""));
    }
}
