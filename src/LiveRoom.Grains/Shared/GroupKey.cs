using LiveRoom.Domain.Groups;
using LiveRoom.Domain.Ingestion;
using Orleans.Concurrency;

namespace LiveRoom.Grains.Shared;

public static class GroupKey
{
    public static string Of(string launchId, string groupId) => $"{launchId}/{groupId}";

    public static (string LaunchId, string GroupId) Parse(string key)
    {
        var slash = key.IndexOf('/');
        return (key[..slash], key[(slash + 1)..]);
    }
}
