namespace LiveRoom.Domain.Ingestion;

/// <summary>Why one event of a request was rejected; <see cref="Field"/> is the JSON property name.</summary>
public sealed record EventError(int Index, string? EventId, string Field, string Message);
