namespace LiveRoom.Domain.Access;

/// <summary>An admin's change to one user; null members stay as they are.</summary>
[GenerateSerializer, Immutable, Alias("LiveRoom.UserChange.v1")]
public sealed record UserChange
{
    [Id(0)] public string? Role { get; init; }
    [Id(1)] public string? PasswordHash { get; init; }
    [Id(2)] public bool? Disabled { get; init; }
}
