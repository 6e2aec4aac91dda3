namespace LiveRoom.Domain.Playbooks;

/// <summary>A validation error of a playbook file: which file, where in it (e.g. <c>steps[2].text</c>), why.</summary>
public sealed record PlaybookError(string File, string Path, string Reason, int? Line = null)
{
    public override string ToString() => Line is { } l ? $"{File}:{l}: {Path}: {Reason}" : $"{File}: {Path}: {Reason}";
}
