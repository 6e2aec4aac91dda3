namespace LiveRoom.LoadTests.Model;

/// <summary>
/// The launch's conversion funnel, per member of a group: visit the sale page, sign up in the
/// group's 接龙, order. Rates are of the previous step; core groups convert more, pond groups less
/// (<see cref="TierFactor"/>). Defaults are typical of a community-group launch.
/// </summary>
public sealed record Funnel
{
    /// <summary>Members who open the sale link at least once.</summary>
    public double Visit { get; init; } = 0.7;

    /// <summary>Chance of each further visit (geometric: mean visits ≈ 1 / (1 − RepeatVisit)).</summary>
    public double RepeatVisit { get; init; } = 0.55;

    /// <summary>Visitors who sign up in the 接龙.</summary>
    public double Signup { get; init; } = 0.35;

    /// <summary>Signed-up visitors who order once the sale opens.</summary>
    public double OrderAfterSignup { get; init; } = 0.75;

    /// <summary>Visitors who order without signing up.</summary>
    public double OrderWithoutSignup { get; init; } = 0.04;

    /// <summary>Orders refunded later (a refund event follows).</summary>
    public double Refund { get; init; } = 0.03;

    /// <summary>Chat messages per member (Poisson mean), of which questions and negatives are a share.</summary>
    public double ChatPerMember { get; init; } = 0.4;

    public double QuestionShare { get; init; } = 0.3;
    public double NegativeShare { get; init; } = 0.08;

    /// <summary>Share of a group's size that joins in bursts, and that leaves in a wave after T0.</summary>
    public double JoinShare { get; init; } = 0.1;
    public double LeaveShare { get; init; } = 0.03;

    public static double TierFactor(int tier) => tier switch { 0 => 0.6, 1 => 1.0, _ => 1.4 };

    public static readonly Funnel Default = new();
}
