using LiveRoom.Grains.Shared;

namespace LiveRoom.Grains.Groups;

/// <summary>
/// Group grain references without Orleans' per-call interface lookup: <c>GetGrain&lt;T&gt;(key)</c>
/// reads the interface's attributes by reflection on every call, which was 4 % of the server's CPU
/// in the chat benchmark (stage g), where ingestion asks for ~20,000 group references a second.
/// The grain and interface types are resolved once; the references are the ones GetGrain returns.
/// </summary>
public sealed class GroupRefs(IGrainFactory grains)
{
    private readonly Lazy<(GrainType Grain, GrainInterfaceType Interface)> _types = new(() =>
    {
        var probe = (GrainReference)grains.GetGrain<IGroupGrain>(GroupKey.Of("_", "_"));
        return (probe.GrainId.Type, probe.InterfaceType);
    });

    public IGroupGrain Get(string launchId, string groupId)
    {
        var (grain, contract) = _types.Value;
        return (IGroupGrain)grains.GetGrain(GrainId.Create(grain, GroupKey.Of(launchId, groupId)), contract);
    }
}
