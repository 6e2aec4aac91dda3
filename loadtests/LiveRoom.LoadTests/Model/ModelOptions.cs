namespace LiveRoom.LoadTests.Model;

/// <summary>What a launch model is generated from; the same options give the same script.</summary>
public sealed record ModelOptions(int Groups, MemberCounts Members, RateProfile Profile, TimeSpan Duration, int Seed)
{
    public Funnel Funnel { get; init; } = Funnel.Default;
}
