namespace LiveRoom.Domain.Sources;

/// <summary>A launch group linked to a WeCom chat (its registration's <c>links.wecom</c>), and whether the launch takes events now.</summary>
public sealed record WeComLink(string LaunchId, string GroupId, bool Open);
