using LiveRoom.Domain.Groups;
using LiveRoom.Grains.Launches;

namespace LiveRoom.Web.Cues;

/// <summary>Who can be given a member link: every seeded member, assistant and owner of the launch's groups.</summary>
public static class CuePeople
{
    public static async Task<IReadOnlyList<string>> OfLaunchAsync(IGrainFactory grains, string launchId)
    {
        var groups = await grains.GetGrain<ILaunchGrain>(launchId).GetGroups();
        return GroupPeople.LinkableOf(groups);
    }
}
