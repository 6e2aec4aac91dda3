using LiveRoom.Domain.Ingestion;
using LiveRoom.Domain.Launches;

namespace LiveRoom.Domain.Playbooks;

/// <summary>The rule held: this many errors in the window, from these groups, with one example "code: message".</summary>
public sealed record PageErrorSignal(int Errors, IReadOnlyList<string> GroupIds, string? Example);
