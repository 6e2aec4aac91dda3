using LiveRoom.Domain.Chat;
using LiveRoom.Domain.Groups;

namespace LiveRoom.Grains.Groups;

/// <summary>Membership checks and the live chat feed of a group (group page).</summary>
[GenerateSerializer, Immutable, Alias("LiveRoom.GroupWatch.v1")]
public sealed record GroupWatch(
    [property: Id(0)] int? ResyncMembers,
    [property: Id(1)] DateTimeOffset? ResyncAt,
    [property: Id(2)] int? CallbackMembersAtResync,
    /// <summary>Seeded members among the group's first N joins (they should join later).</summary>
    [property: Id(3)] IReadOnlyList<string> EarlySeeded,
    /// <summary>Newest first.</summary>
    [property: Id(4)] IReadOnlyList<ChatLine> Feed,
    /// <summary>The latest joins and leaves, newest first (<see cref="MemberFeed"/>).</summary>
    [property: Id(5)] IReadOnlyList<MemberChange>? MemberChanges = null,
    /// <summary>The group's own people (owner, assistants, seeded members) and whether they are in it.</summary>
    [property: Id(6)] IReadOnlyList<OwnPerson>? People = null,
    /// <summary>The N of <see cref="EarlySeeded"/>: the launch's "signals.earlyJoinCount" or the silo's option.</summary>
    [property: Id(7)] int EarlyJoinCount = 5)
{
    public int? Mismatch => ResyncMembers - CallbackMembersAtResync;
}
