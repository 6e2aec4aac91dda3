namespace LiveRoom.Domain.Playbooks;

/// <summary>A validation error of a playbook file: which file, where in it (e.g. <c>steps[2].text</c>), why.</summary>
[GenerateSerializer, Immutable, Alias("LiveRoom.PlaybookError.v1")]
public sealed record PlaybookError([property: Id(0)] string File, [property: Id(1)] string Path, [property: Id(2)] string Reason, [property: Id(3)] int? Line = null)
{
    public override string ToString() => Line is { } l ? $"{File}:{l}: {Path}: {Reason}" : $"{File}: {Path}: {Reason}";
}
