namespace LiveRoom.Domain.Announcements;

/// <summary>The delivery planner's answer for a launch: per notice, and the groups at risk (worst first).</summary>
[GenerateSerializer, Immutable, Alias("LiveRoom.DeliveryForecast.v1")]
public sealed record DeliveryForecast(
    [property: Id(0)] DateTimeOffset ComputedAt,
    [property: Id(1)] IReadOnlyList<DeliveryForecastNotice> Notices,
    [property: Id(2)] IReadOnlyList<DeliveryForecastRow> AtRisk,
    [property: Id(3)] int AtRiskTotal)
{
    public static readonly DeliveryForecast Empty = new(DateTimeOffset.MinValue, [], [], 0);
}
