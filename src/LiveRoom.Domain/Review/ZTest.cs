namespace LiveRoom.Domain.Review;

/// <summary>The result of comparing two proportions.</summary>
public readonly record struct ZTest(double Difference, double Z, double PValue)
{
    public bool IsSignificant(double alpha = 0.05) => PValue < alpha;
}
