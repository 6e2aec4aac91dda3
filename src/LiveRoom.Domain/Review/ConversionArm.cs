using LiveRoom.Domain.Groups;

namespace LiveRoom.Domain.Review;

/// <summary>One arm of an A/B comparison: the groups sharing a conversion mode or a variant.</summary>
public sealed record ConversionArm(string Label, int Groups, long Visitors, long Orders, Interval Interval)
{
    /// <summary>Orders per unique visitor (the board's conversion), orders capped at visitors.</summary>
    public double Rate => Visitors == 0 ? 0 : (double)Math.Min(Orders, Visitors) / Visitors;
}
