namespace LiveRoom.Domain.Sources;

/// <summary>
/// One entry of a 抖店 push batch: <c>tag</c> (the message type, e.g. <c>101</c> paid),
/// <c>msg_id</c> and <c>data</c> (the message's own JSON, sent as a string). An entry that could
/// not be read keeps its reason in <see cref="Error"/> and is refused on its own, never its batch.
/// </summary>
public sealed record DouyinMessage(string? Tag, string? MsgId, string? Data, string? Error);
