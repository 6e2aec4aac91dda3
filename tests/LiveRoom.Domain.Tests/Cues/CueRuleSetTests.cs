using LiveRoom.Domain.Chat;
using LiveRoom.Domain.Cues;

namespace LiveRoom.Domain.Tests.Cues;

public class CueRuleSetTests
{
    [Fact]
    public void Loads_a_launch_rule_file_over_the_defaults()
    {
        var set = CueRuleSet.Load("""
            {
              // per-launch overrides
              "rules": [
                { "kind": "signupStall", "stallMinutes": 5, "minLaunchPerMinute": 2.5, "cooldownSeconds": 600, "script": "{group}接龙+1" },
                { "kind": "unansweredQuestion", "afterSeconds": 30, "target": "seededMember" },
                { "kind": "quietGroup", "enabled": false },
              ]
            }
            """, out var errors);
        Assert.True(errors.IsValid, errors.ToString());
        var stall = set!.Find(CueRuleKind.SignupStall)!;
        Assert.Equal((TimeSpan.FromMinutes(5), 2.5, TimeSpan.FromMinutes(10), "{group}接龙+1"), (stall.StallAfter, stall.MinLaunchPerMinute, stall.Cooldown, stall.Script.Source));
        var answer = set.Find(CueRuleKind.UnansweredQuestion)!;
        Assert.Equal((TimeSpan.FromSeconds(30), ChatRole.SeededMember), (answer.AnswerAfter, answer.AnswerBy));
        Assert.Equal(DefaultScripts.For(CueRuleKind.UnansweredQuestion), answer.Script.Source);
        Assert.Null(set.Find(CueRuleKind.QuietGroup));
        Assert.NotNull(set.Find(CueRuleKind.NegativeMessage));
        Assert.Equal(4, set.Rules.Count);
    }

    [Fact]
    public void Without_defaults_only_the_listed_rules_run()
    {
        var set = CueRuleSet.Load("""{ "useDefaults": false, "rules": [ { "kind": "orderMilestone", "every": 5 } ] }""", out _)!;
        Assert.Equal([CueRuleKind.OrderMilestone], set.Rules.Select(r => r.Kind));
    }

    [Theory]
    [InlineData("""{ "rules": [ { "kind": "dance" } ] }""", "rules[0].kind", "unknown rule kind")]
    [InlineData("""{ "rules": [ { } ] }""", "rules[0].kind", "is required")]
    [InlineData("""{ "rules": [ { "kind": "signupStall" }, { "kind": "signupStall" } ] }""", "rules[1].kind", "duplicate")]
    [InlineData("""{ "rules": [ { "kind": "signupStall", "stallMinutes": -1 } ] }""", "rules[0].stallMinutes", "must not be negative")]
    [InlineData("""{ "rules": [ { "kind": "signupStall", "stallMinutes": 0 } ] }""", "rules[0].stallMinutes", "greater than 0")]
    [InlineData("""{ "rules": [ { "kind": "negativeMessage", "cooldownSeconds": -30 } ] }""", "rules[0].cooldownSeconds", "must not be negative")]
    [InlineData("""{ "rules": [ { "kind": "negativeMessage", "cooldownSeconds": "60" } ] }""", "rules[0].cooldownSeconds", "must be a number")]
    [InlineData("""{ "rules": [ { "kind": "negativeMessage", "script": "" } ] }""", "rules[0].script", "must not be empty")]
    [InlineData("""{ "rules": [ { "kind": "negativeMessage", "script": "还剩{stock}件" } ] }""", "rules[0].script", "unknown placeholder '{stock}'")]
    [InlineData("""{ "rules": [ { "kind": "negativeMessage", "afterSeconds": 5 } ] }""", "rules[0].afterSeconds", "unknown property")]
    [InlineData("""{ "rules": [ { "kind": "unansweredQuestion", "target": "boss" } ] }""", "rules[0].target", "assistant")]
    [InlineData("""{ "rules": [ { "kind": "quietGroup", "ratio": 1.5 } ] }""", "rules[0].ratio", "between 0 and 1")]
    [InlineData("""{ "rules": [ { "kind": "orderMilestone", "every": 2.5 } ] }""", "rules[0].every", "whole number")]
    [InlineData("""{ "rules": [ { "kind": "orderMilestone", "first": false, "every": 0 } ] }""", "rules[0].every", "never fires")]
    [InlineData("""{ "rules": [ { "kind": "orderMilestone", "first": "yes" } ] }""", "rules[0].first", "true or false")]
    [InlineData("""{ "rule": [] }""", "rule", "unknown property")]
    [InlineData("""{ "rules": {} }""", "rules", "must be an array")]
    [InlineData("""[]""", "$", "must be an object")]
    [InlineData("""{ "rules": [ """, "$", "not valid JSON")]
    [InlineData("", "$", "is empty")]
    public void Errors_name_the_path_and_the_reason(string json, string path, string reason)
    {
        Assert.Null(CueRuleSet.Load(json, out var errors));
        var all = errors.ToDictionary();
        Assert.True(all.ContainsKey(path), $"expected an error at {path}, got {errors}");
        Assert.Contains(all[path], m => m.Contains(reason, StringComparison.Ordinal));
    }

    [Fact]
    public void Reports_every_error_of_a_file_at_once()
    {
        CueRuleSet.Load("""{ "rules": [ { "kind": "signupStall", "stallMinutes": -1, "script": "{x}" }, { "kind": "nope" } ] }""", out var errors);
        Assert.Equal(["rules[0].script", "rules[0].stallMinutes", "rules[1].kind"], errors.ToDictionary().Keys.Order());
    }
}
