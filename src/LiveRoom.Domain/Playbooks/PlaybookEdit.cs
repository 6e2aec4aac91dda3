namespace LiveRoom.Domain.Playbooks;

/// <summary>An admin's saved text of one playbook; it wins over the file of the same id until reverted.</summary>
[GenerateSerializer, Immutable, Alias("LiveRoom.PlaybookEdit.v1")]
public sealed record PlaybookEdit
{
    /// <summary>The file it is shown under in errors: the playbook's file, or "{id}.yaml" for one made in the dashboard.</summary>
    [Id(0)] public required string File { get; init; }
    [Id(1)] public required string Text { get; init; }
    [Id(2)] public required string By { get; init; }
    [Id(3)] public DateTimeOffset At { get; init; }
}
