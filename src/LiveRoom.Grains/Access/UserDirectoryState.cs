using LiveRoom.Domain.Access;

namespace LiveRoom.Grains.Access;

[GenerateSerializer, Alias("LiveRoom.UserDirectoryState.v1")]
public sealed class UserDirectoryState
{
    [Id(0)] public Dictionary<string, StoredUser> Users { get; set; } = new(StringComparer.Ordinal);
}
