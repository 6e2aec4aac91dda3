using LiveRoom.Web.Access;

namespace LiveRoom.Web.Cues;

/// <summary>The cue panels' name for <see cref="PolicyGate"/> with <see cref="Policies.Operate"/>.</summary>
public sealed class OperatorGate(PolicyGate gate)
{
    public Task<string?> OperatorAsync() => gate.ActorAsync(Policies.Operate, "cues");
}
