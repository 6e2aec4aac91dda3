using LiveRoom.LoadTests.Model;

namespace LiveRoom.LoadTests.Wire;

/// <summary>
/// One HTTP request of the run, due at <see cref="DueMs"/> (ms from the start): latency is measured
/// from this time, not from when the request could finally be sent.
/// </summary>
public sealed record WireRequest(long DueMs, Channel Channel, ModelEvent[] Events, Malformation? Broken = null);
