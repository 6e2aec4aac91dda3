namespace LiveRoom.Domain.Announcements;

/// <summary>
/// An ad-hoc "send now" (operator, or a playbook through the lead's bridge). The same
/// <see cref="IdempotencyKey"/> returns the first broadcast's receipt instead of sending again.
/// </summary>
[GenerateSerializer, Immutable, Alias("LiveRoom.BroadcastRequest.v1")]
public sealed record BroadcastRequest
{
    [Id(0)] public required string Template { get; init; }
    [Id(1)] public AnnouncementTarget Target { get; init; } = AnnouncementTarget.All;
    [Id(2)] public required string Actor { get; init; }
    [Id(3)] public required string IdempotencyKey { get; init; }
    [Id(4)] public MessageFormat Format { get; init; }
    /// <summary>Texts already rendered per group id (a playbook sends exactly what its preview showed); others get <see cref="Template"/> rendered.</summary>
    [Id(5)] public IReadOnlyDictionary<string, string>? GroupTexts { get; init; }
}
