namespace LiveRoom.Grains.Shared;

/// <summary>A group grain's key, "{launchId}/{groupId}"; built and read only here.</summary>
public readonly record struct GroupKey(string LaunchId, string GroupId)
{
    public static string Of(string launchId, string groupId) => new GroupKey(launchId, groupId).ToString();

    /// <summary>Launch ids have no slash (<c>Ids.Rule</c>); everything after the first one is the group id.</summary>
    public static GroupKey Parse(string key)
    {
        var slash = key.IndexOf('/');
        if (slash <= 0) throw new FormatException($"'{key}' is not a group key (launch/group)");
        return new(key[..slash], key[(slash + 1)..]);
    }

    public override string ToString() => $"{LaunchId}/{GroupId}";
}
