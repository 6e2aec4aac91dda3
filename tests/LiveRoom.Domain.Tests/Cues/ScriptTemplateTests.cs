using LiveRoom.Domain.Cues;

namespace LiveRoom.Domain.Tests.Cues;

public class ScriptTemplateTests
{
    private static readonly Dictionary<string, string?> Values = new()
    {
        ["group"] = "宝妈3群", ["sku"] = "冷敷凝胶", ["remaining"] = "12", ["question"] = "几点开抢？", ["quote"] = "骗子吧",
    };

    [Fact]
    public void Renders_every_placeholder()
    {
        var t = ScriptTemplate.Parse("{group}的姐妹：{sku}只剩{remaining}件！有人问“{question}”，有人说“{quote}”");
        Assert.Equal("宝妈3群的姐妹：冷敷凝胶只剩12件！有人问“几点开抢？”，有人说“骗子吧”", t.Render(Values));
        Assert.Equal(["group", "sku", "remaining", "question", "quote"], t.UsedPlaceholders);
    }

    [Fact]
    public void Missing_values_render_empty_and_double_braces_are_literal()
    {
        var t = ScriptTemplate.Parse("{{活动}} {sku}");
        Assert.Equal("{活动} ", t.Render(new Dictionary<string, string?>()));
    }

    [Theory]
    [InlineData("还剩{remain}件", "unknown placeholder '{remain}'")]
    [InlineData("还剩{remaining件", "unclosed '{'")]
    [InlineData("还剩}件", "unmatched '}'")]
    [InlineData("  ", "must not be empty")]
    [InlineData(null, "must not be empty")]
    public void Bad_scripts_are_rejected_with_a_reason(string? source, string reason)
    {
        Assert.Null(ScriptTemplate.TryParse(source, out var error));
        Assert.Contains(reason, error);
    }

    [Fact]
    public void Built_in_scripts_are_valid_and_chinese()
    {
        foreach (var kind in Enum.GetValues<CueRuleKind>())
        {
            var rendered = ScriptTemplate.Parse(DefaultScripts.For(kind)).Render(Values);
            Assert.DoesNotContain("{", rendered);
            Assert.Contains(rendered, c => c is >= '\u4e00' and <= '\u9fff');
        }
    }
}
