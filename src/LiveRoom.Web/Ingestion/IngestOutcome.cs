using LiveRoom.Domain.Ingestion;

namespace LiveRoom.Web.Ingestion;

/// <summary>The answer to an ingestion request, before it becomes HTTP (see IngestionEndpoints).</summary>
public abstract record IngestOutcome
{
    public sealed record UnknownLaunch(string LaunchId) : IngestOutcome;
    public sealed record BadKey : IngestOutcome;
    public sealed record TooLarge(string Detail) : IngestOutcome;
    public sealed record Malformed(string Detail) : IngestOutcome;
    public sealed record Report(int Accepted, int Duplicates, IReadOnlyList<EventError> Rejected) : IngestOutcome;
}
