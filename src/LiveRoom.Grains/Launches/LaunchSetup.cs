using LiveRoom.Domain.Groups;
using LiveRoom.Domain.Ingestion;
using LiveRoom.Domain.Launches;

namespace LiveRoom.Grains.Launches;

/// <summary>A launch's durable setup. Stored: keep ids stable and add members with new ids only.</summary>
[GenerateSerializer, Alias("LiveRoom.LaunchSetup.v1")]
public sealed class LaunchSetup
{
    [Id(0)] public LaunchDefinition? Definition { get; set; }
    [Id(1)] public Dictionary<string, GroupRegistration> Groups { get; set; } = new(StringComparer.Ordinal);
    [Id(2)] public IngestKeys? Keys { get; set; }
    /// <summary>Bumped on every change so nodes know when their cached catalog is stale.</summary>
    [Id(3)] public long Version { get; set; }
    /// <summary>SKUs marked paused on the board (a playbook's pause_sku step).</summary>
    [Id(4)] public HashSet<string> PausedSkus { get; set; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Stores the registrations and returns the ones that changed what a running group reads. A
    /// registration without a channel keeps the stored one: the setup form and CSV imports do not
    /// carry credentials, and must not silently switch a group's webhook off ({"kind":"Inbox"} does).
    /// Likewise an unspecified kind of chat keeps the stored one: a form without the field must not
    /// make the planner forget that a group is a customer group.
    /// </summary>
    public List<GroupRegistration> Register(IEnumerable<GroupRegistration> groups)
    {
        var changed = new List<GroupRegistration>();
        foreach (var g in groups)
        {
            var before = Groups.GetValueOrDefault(g.Id);
            var stored = g.Channel is null && before?.Channel is { } kept ? g with { Channel = kept } : g;
            if (stored.Kind == GroupKind.Unspecified && before is { Kind: not GroupKind.Unspecified }) stored = stored with { Kind = before.Kind };
            Groups[g.Id] = stored;
            if (before is not null && GroupRegistrationChange.MattersToTheGroup(before, stored)) changed.Add(stored);
        }
        return changed;
    }

    /// <summary>What ingestion checks events against; null until the launch is defined and keyed.</summary>
    public LaunchCatalog? Catalog() =>
        Definition is { } d && Keys is { } keys
            ? new LaunchCatalog(d.Id, Version, Groups.Keys.ToHashSet(StringComparer.Ordinal), d.Skus.Select(s => s.Id).ToHashSet(StringComparer.Ordinal), keys)
            : null;
}
