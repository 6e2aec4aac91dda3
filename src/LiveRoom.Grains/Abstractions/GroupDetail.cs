using LiveRoom.Domain.Aggregation;
using LiveRoom.Domain.Chat;
using LiveRoom.Domain.Groups;

namespace LiveRoom.Grains.Abstractions;

[GenerateSerializer, Immutable, Alias("LiveRoom.GroupDetail.v1")]
public sealed record GroupDetail(
    [property: Id(0)] GroupRegistration? Registration,
    [property: Id(1)] GroupStats Stats,
    [property: Id(2)] IReadOnlyList<SeriesPoint> Series,
    [property: Id(3)] string? Alert,
    [property: Id(4)] MoodSnapshot Mood,
    [property: Id(5)] IReadOnlyList<ChainRecord> Chains,
    [property: Id(6)] GroupWatch? Watch = null);

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

/// <summary>One of the group's own people; <see cref="Present"/> is null when no callback or list has named them yet.</summary>
[GenerateSerializer, Immutable, Alias("LiveRoom.OwnPerson.v1")]
public sealed record OwnPerson(
    [property: Id(0)] string MemberId,
    [property: Id(1)] ChatRole Role,
    [property: Id(2)] bool? Present);
