using LiveRoom.Grains.Playbooks;

namespace LiveRoom.Grains.Tests.Playbooks;

public class IncidentStatusFlowTests
{
    [Theory]
    [InlineData(IncidentStatus.Triggered, IncidentStatus.Triggered)]
    [InlineData(IncidentStatus.Triggered, IncidentStatus.Mitigating)]
    [InlineData(IncidentStatus.Triggered, IncidentStatus.Resolved)]
    [InlineData(IncidentStatus.Mitigating, IncidentStatus.Resolved)]
    [InlineData(IncidentStatus.Resolved, IncidentStatus.Resolved)]
    public void Forward_or_staying_is_allowed(IncidentStatus from, IncidentStatus to) => Assert.Null(IncidentStatusFlow.Refusal(from, to));

    [Theory]
    [InlineData(IncidentStatus.Mitigating, IncidentStatus.Triggered, "only moves forward")]
    [InlineData(IncidentStatus.Resolved, IncidentStatus.Mitigating, "resolved and stays so")]
    [InlineData(IncidentStatus.Resolved, IncidentStatus.Triggered, "resolved and stays so")]
    public void Backwards_is_refused_with_a_reason(IncidentStatus from, IncidentStatus to, string reason) =>
        Assert.Contains(reason, IncidentStatusFlow.Refusal(from, to), StringComparison.Ordinal);
}
