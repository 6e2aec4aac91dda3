using System.Text.RegularExpressions;
using LiveRoom.Domain.Cues;
using LiveRoom.Domain.Setup;
using LiveRoom.Domain.Shared;
using LiveRoom.Domain.Timeline;
using LiveRoom.Web.Shared;
using LiveRoom.Web.Timeline;

namespace LiveRoom.Web.Tests.Shared;

/// <summary>
/// Every code the server can write has a text in both languages. The codes come from their
/// catalogs (<see cref="TimelineActions"/>, <see cref="Domain.Launches.AlertCodes"/>,
/// cue reasons, launch changes), so a code added to a catalog is checked without touching this test.
/// </summary>
public sealed partial class ServerTextCatalogTests
{
    public static TheoryData<string> TextCodes()
    {
        var data = new TheoryData<string>();
        foreach (var code in TimelineActions.All.Concat(CueReasons.All).Concat(LaunchChanges.All).Concat(ValidationCodes.All).Concat(Domain.Playbooks.StepErrors.All).Concat(Domain.Announcements.DeliveryPlanner.Codes).Append(ServerText.PlainCode).Distinct()) data.Add(code);
        return data;
    }

    public static TheoryData<string> RowFlags() => [.. Domain.Launches.AlertCodes.RowFlags];

    public static TheoryData<string> AlertActions() => [.. Domain.Launches.AlertCodes.TimelineActions];

    [Theory]
    [MemberData(nameof(TextCodes))]
    public void Every_timeline_action_and_server_text_code_has_both_languages(string code) => AssertBoth("text." + code);

    [Theory]
    [MemberData(nameof(RowFlags))]
    public void Every_board_row_flag_has_both_languages(string code) => AssertBoth("alert." + code);

    [Theory]
    [MemberData(nameof(AlertActions))]
    public void Every_alert_timeline_action_has_both_languages(string action) => AssertBoth("text." + action);

    /// <summary>
    /// Codes written as literals where the sentence is made (<c>ServerText.Of("announcement.queued", …)</c>,
    /// <c>Action = "…"</c>) and the incident statuses, so a producer that never joined a catalog is
    /// still checked: read from the source files, the one place that knows every code the code base can produce.
    /// </summary>
    public static TheoryData<string> ProducedCodes()
    {
        var root = RepoPaths.Root();
        var codes = Directory.EnumerateFiles(Path.Combine(root, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"))
            .SelectMany(f => Produced().Matches(File.ReadAllText(f)).Select(m => m.Groups["code"].Value))
            .Concat(Enum.GetNames<Grains.Playbooks.IncidentStatus>().Select(s => "incident." + s.ToLowerInvariant()))
            .Where(c => c != ServerText.PlainCode)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);
        return [.. codes];
    }

    [Theory]
    [MemberData(nameof(ProducedCodes))]
    public void Every_code_written_in_the_source_has_both_languages(string code) => AssertBoth("text." + code);

    [GeneratedRegex(@"(?:ServerText\.Of\(\s*|Action\s*=\s*)""(?<code>[a-z][a-z0-9_.]*)""")]
    private static partial Regex Produced();


    [Fact]
    public void Every_server_text_has_both_languages_and_the_English_has_no_Chinese()
    {
        foreach (var key in Ui.Keys.Where(k => k.StartsWith("text.", StringComparison.Ordinal) || k.StartsWith("alert.", StringComparison.Ordinal)))
            AssertBoth(key);
    }

    [Fact]
    public void The_English_rendering_of_a_cue_entry_has_no_Chinese_characters()
    {
        var entry = new TimelineEntry
        {
            Action = TimelineActions.CueIssued,
            Args = ServerText.ArgsOf(("count", 1), ("kind", CueKind.CounterNegative),
                ("where", ServerText.Of("cue.where", ("names", new[] { "g1", "g2" }))),
                ("reason", new[] { ServerText.Of("cue.because", ("reason", CueReasons.Orders(first: false, 20))) })),
        };
        var en = Ui.Render(entry, english: true);
        Assert.Equal("Cue issued ×1 (Counter a negative) in g1, g2: The group's order no. 20", en);
        Assert.DoesNotMatch(Cjk(), en);
        Assert.Equal("提示已发出 ×1（转负面）g1、g2：本群第20单", Ui.Render(entry, english: false));
    }

    [Fact]
    public void A_step_failure_renders_its_code_in_the_readers_language_and_a_stored_sentence_as_written()
    {
        var step = new Domain.Playbooks.StepProgress { ErrorText = Domain.Playbooks.StepErrors.NotifyTargetAnswered("merchant", 500) };
        Assert.Equal("notify target 'merchant' answered 500", Ui.Render(step.Failure, null, english: true));
        Assert.Equal("通知对象「merchant」返回 500", Ui.Render(step.Failure, null, english: false));
        // A run stored before codes kept the English sentence: it stays readable.
        var old = new Domain.Playbooks.StepProgress { Error = "1 groups not queued" };
        Assert.Equal("1 groups not queued", Ui.Render(old.Failure, null, english: false));

        var failed = ServerText.Of("playbook.step_failed", ("playbook", "P"), ("step", 2), ("title", "T"), ("error", Domain.Playbooks.StepErrors.SkuMissing("cup")));
        Assert.Equal("“P” step 2 “T” failed: the launch has no SKU 'cup'", Ui.Render(failed, null, english: true));
        var stored = ServerText.Of("playbook.step_failed", ("playbook", "P"), ("step", 2), ("title", "T"), ("error", "boom"));
        Assert.Equal("「P」步骤 2「T」失败：boom", Ui.Render(stored, null, english: false));
    }

    [Fact]
    public void A_launch_save_renders_each_change_in_the_readers_language()
    {
        var text = ServerText.Of(TimelineActions.LaunchSaved, ("changes", new[]
        {
            ServerText.Of(LaunchChanges.SkuChanged, ("sku", "cup"), ("changes", new[] { ServerText.Of(LaunchChanges.SkuStock, ("from", 100), ("to", 250)), ServerText.Of(LaunchChanges.SkuPrice, ("from", 89), ("to", 79)) })),
            ServerText.Of(LaunchChanges.SkuRemoved, ("sku", "gel")),
        }));
        Assert.Equal("SKU cup：库存 100 → 250，价格 ¥89 → ¥79；删除 SKU gel", Ui.Render(text, null, english: false));
        Assert.Equal("SKU cup: stock 100 → 250, price ¥89 → ¥79; Removed SKU gel", Ui.Render(text, null, english: true));
    }

    [Fact]
    public void Validation_problems_keep_English_for_the_API_and_render_in_the_readers_language_on_the_forms()
    {
        var errors = new ValidationErrors();
        errors.Required("name");
        errors.MaxLength("skus[0].name", 200);
        errors.Add("free", "as written");
        Assert.Equal(["is required"], errors.ToDictionary()["name"]);
        Assert.Equal(["must be at most 200 characters"], errors.ToDictionary()["skus[0].name"]);
        var zh = errors.ToDictionary((t, fallback) => Ui.Render(t, fallback, english: false));
        Assert.Equal(["必填"], zh["name"]);
        Assert.Equal(["最多 200 个字符"], zh["skus[0].name"]);
        Assert.Equal(["as written"], zh["free"]);
    }

    private static void AssertBoth(string key)
    {
        var text = Ui.TextOf(key);
        Assert.True(text is not null, $"no text for {key}");
        Assert.False(string.IsNullOrWhiteSpace(text!.Value.Zh), $"no Chinese for {key}");
        Assert.False(string.IsNullOrWhiteSpace(text.Value.En), $"no English for {key}");
        Assert.False(Cjk().IsMatch(text.Value.En), $"Chinese in the English of {key}: {text.Value.En}");
    }

    [GeneratedRegex(@"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")]
    private static partial Regex Cjk();
}
