namespace LiveRoom.Domain.Review;

/// <summary>A confidence interval of a proportion, both ends in 0..1.</summary>
public readonly record struct Interval(double Low, double High);
