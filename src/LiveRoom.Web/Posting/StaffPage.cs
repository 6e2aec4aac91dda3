using LiveRoom.Domain.Posting;
using LiveRoom.Grains.Announcements;
using LiveRoom.Grains.Launches;

namespace LiveRoom.Web.Posting;

/// <summary>What one owner or assistant sees: their staff-posted groups' notices, late first.</summary>
public sealed record StaffPage(string Person, string LaunchName, string TimeZone, int Groups, IReadOnlyList<StaffNotice> Notices)
{
    public int Late => Notices.Count(n => n.Status == Domain.Announcements.DeliveryStatus.Late);

    public int Due => Notices.Count(n => n.Status == Domain.Announcements.DeliveryStatus.Due);

    /// <summary>Two grain calls for the launch and its groups, then one per outbox partition holding the person's groups.</summary>
    public static async Task<StaffPage?> LoadAsync(IGrainFactory grains, string launchId, string person)
    {
        var launch = grains.GetGrain<ILaunchGrain>(launchId);
        if (await launch.GetDefinition() is not { } definition) return null;
        var groups = StaffPostRules.GroupsOf(await launch.GetGroups(), person);
        var names = groups.ToDictionary(g => g.Id, g => g.Name, StringComparer.Ordinal);
        var notices = groups.Count == 0 ? [] : await grains.GetGrain<ILaunchAnnouncementsGrain>(launchId).GetStaffNotices(names.Keys.ToList());
        var named = notices.Select(n => n with { GroupName = names.GetValueOrDefault(n.GroupId, n.GroupId) });
        return new StaffPage(person, definition.Name, definition.TimeZone, groups.Count, StaffPostRules.PageOrder(named));
    }
}
