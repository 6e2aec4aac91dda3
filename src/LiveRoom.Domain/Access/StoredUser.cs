namespace LiveRoom.Domain.Access;

/// <summary>
/// A dashboard user as stored in the user directory grain. Only a salted hash of the password is
/// kept (ASP.NET Core Identity's format, made by the web node); the role is one of the web
/// node's role names.
/// </summary>
[GenerateSerializer, Immutable, Alias("LiveRoom.StoredUser.v1")]
public sealed record StoredUser
{
    [Id(0)] public required string Name { get; init; }
    [Id(1)] public required string Role { get; init; }
    [Id(2)] public required string PasswordHash { get; init; }
    [Id(3)] public bool Disabled { get; init; }
    [Id(4)] public DateTimeOffset CreatedAt { get; init; }
    /// <summary>Changes on every role, password or disabled change: sessions issued before it end.</summary>
    [Id(5)] public int Version { get; init; }
    /// <summary>"config" when seeded from LiveRoom:Auth:Users, "setup" for the first admin, else the admin who created it.</summary>
    [Id(6)] public string CreatedBy { get; init; } = "";
}
