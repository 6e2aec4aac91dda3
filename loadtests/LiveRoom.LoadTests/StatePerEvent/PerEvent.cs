using LiveRoom.LoadTests.Load;

namespace LiveRoom.LoadTests.StatePerEvent;

/// <summary>
/// One event of the bench's mixed stream as the state-per-event baseline receives it: already
/// parsed (no HTTP, no JSON), which favours the baseline. <see cref="Id"/> is the stream number,
/// also the order or message id.
/// </summary>
[GenerateSerializer, Immutable, Alias("LiveRoom.Bench.PerEvent")]
public readonly record struct PerEvent(
    [property: Id(0)] long Id,
    [property: Id(1)] StreamKind Kind,
    [property: Id(2)] long Visitor,
    [property: Id(3)] long Minute,
    [property: Id(4)] decimal Amount);
