using LiveRoom.Domain.Groups;

namespace LiveRoom.Domain.Review;

/// <summary>An arm against the baseline arm (the one with the most visitors).</summary>
public sealed record ArmComparison(ConversionArm Arm, ConversionArm Baseline, ZTest Test);
