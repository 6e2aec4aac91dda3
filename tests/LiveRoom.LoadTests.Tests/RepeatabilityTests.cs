using LiveRoom.LoadTests.Model;
using LiveRoom.LoadTests.Wire;

namespace LiveRoom.LoadTests.Tests;

/// <summary>A seed fixes the run: the same seed gives byte-identical traffic, another seed other traffic.</summary>
public sealed class RepeatabilityTests
{
    private const long Start = 1_795_000_000_000;

    private static List<string> Wire(LaunchScript script, ChaosOptions? chaos = null)
    {
        var json = new EventJson(script, Start);
        return WirePlanner.Plan(script, chaos ?? ChaosOptions.None, 100)
            .Select(r => $"{r.DueMs} {r.Channel} " + (r.Broken is { } b ? System.Text.Encoding.UTF8.GetString(json.Malformed(r.Events[0], b)) : System.Text.Encoding.UTF8.GetString(json.Batch(r.Events))))
            .ToList();
    }

    [Fact]
    public void The_same_seed_gives_the_same_event_stream()
    {
        var a = LaunchModel.Generate(Models.Options(seed: 9, groups: 20, members: "lognormal:80", seconds: 60));
        var b = LaunchModel.Generate(Models.Options(seed: 9, groups: 20, members: "lognormal:80", seconds: 60));
        Assert.Equal(a.Events, b.Events);
        var chaos = new ChaosOptions(Duplicate: 5, Reorder: 5, Delay: 5, Malformed: 2);
        Assert.Equal(Wire(a, chaos), Wire(b, chaos));
    }

    [Fact]
    public void A_different_seed_gives_a_different_stream()
    {
        var a = LaunchModel.Generate(Models.Options(seed: 9, groups: 20, members: "lognormal:80", seconds: 60));
        var b = LaunchModel.Generate(Models.Options(seed: 10, groups: 20, members: "lognormal:80", seconds: 60));
        Assert.NotEqual(a.Events, b.Events);
        Assert.NotEqual(Wire(a), Wire(b));
    }

    [Fact]
    public void A_group_is_the_same_whatever_the_number_of_groups_after_it()
    {
        var few = LaunchModel.Generate(Models.Options(seed: 3, groups: 5, seconds: 60));
        var many = LaunchModel.Generate(Models.Options(seed: 3, groups: 50, seconds: 60));
        Assert.Equal(few.Events.Where(e => e.Group == 2 && e.Kind == ModelKind.PageView), many.Events.Where(e => e.Group == 2 && e.Kind == ModelKind.PageView));
        Assert.Equal(few.Groups[2], many.Groups[2] with { ChainLines = few.Groups[2].ChainLines, SeededMembers = few.Groups[2].SeededMembers });
        Assert.Equal(few.Groups[2].SeededMembers, many.Groups[2].SeededMembers);
        Assert.Equal(few.Groups[2].ChainLines, many.Groups[2].ChainLines);
    }
}
