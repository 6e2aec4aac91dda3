namespace LiveRoom.Domain.Sources;

/// <summary>
/// A callback's encrypted part could not be opened. <see cref="Reason"/> is a short stable code
/// (<c>base64</c>, <c>length</c>, <c>padding</c>, <c>message-length</c>, <c>receive-id</c>) that a
/// source counts refusals by; it never carries key material or plaintext.
/// </summary>
public sealed class WeChatCryptoException(string reason) : Exception(reason)
{
    public string Reason { get; } = reason;
}
