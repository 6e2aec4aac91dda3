using LiveRoom.Domain.Groups;

namespace LiveRoom.Domain.Review;

/// <summary>The arms of one dimension (mode or variant) and each one's test against the baseline.</summary>
public sealed record ArmReport(IReadOnlyList<ConversionArm> Arms, IReadOnlyList<ArmComparison> Comparisons);
