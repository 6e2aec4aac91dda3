namespace LiveRoom.Domain.Ingestion;

public static class IngestLimits
{
    public const int MaxBatchEvents = 1_000;
    public const int MaxBatchBytes = 1024 * 1024;
    public const int MaxSingleBytes = 16 * 1024;
    public const int MaxIdLength = 128;
    public const int MaxTextLength = 4_000;
    /// <summary>A page error's code and message are hints for the handler, not logs: kept short.</summary>
    public const int MaxErrorCodeLength = 64;
    public const int MaxErrorMessageLength = 300;
    public const int MaxOrderQuantity = 10_000;
    public const decimal MaxOrderAmount = 10_000_000m;
    public const int MaxRestockQuantity = 10_000_000;
    /// <summary>Clients' clocks drift; an event further in the future than this is a bug, not a clock.</summary>
    public static readonly TimeSpan MaxClockSkew = TimeSpan.FromMinutes(5);
    /// <summary>How far back a late event is still placed in its minute.</summary>
    public static readonly TimeSpan MaxLateness = TimeSpan.FromDays(30);
}
