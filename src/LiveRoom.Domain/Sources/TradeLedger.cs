namespace LiveRoom.Domain.Sources;

/// <summary>
/// A source's bounded memory of platform messages and orders. Message ids catch Youzan's retries
/// before anything is routed; order records keep each order's newest version (an older version
/// arriving later changes nothing, as Youzan's docs ask: 高版本覆盖低版本) and where its lines were
/// placed, so a refund that carries only the order id reverses exactly what the payment counted,
/// in the same group. Both forget their oldest entries beyond their capacity.
/// </summary>
[GenerateSerializer, Alias("LiveRoom.TradeLedger.v1")]
public sealed class TradeLedger
{
    public const int MessageCapacity = 5_000;
    public const int TradeCapacity = 5_000;

    [Id(0)] private readonly Queue<string> _messageOrder = new();
    [Id(1)] private readonly HashSet<string> _messages = new(StringComparer.Ordinal);
    [Id(2)] private readonly Queue<string> _tradeOrder = new();
    [Id(3)] private readonly Dictionary<string, TradeRecord> _trades = new(StringComparer.Ordinal);

    public int TradeCount => _trades.Count;

    public bool HasMessage(string msgId) => _messages.Contains(msgId);

    /// <summary>Records a message id; false when it was seen already (a retry).</summary>
    public bool AddMessage(string msgId)
    {
        if (!_messages.Add(msgId)) return false;
        _messageOrder.Enqueue(msgId);
        while (_messageOrder.Count > MessageCapacity) _messages.Remove(_messageOrder.Dequeue());
        return true;
    }

    public TradeRecord? Find(string tid) => _trades.GetValueOrDefault(tid);

    public void Put(string tid, TradeRecord record)
    {
        if (!_trades.ContainsKey(tid)) _tradeOrder.Enqueue(tid);
        _trades[tid] = record;
        while (_tradeOrder.Count > TradeCapacity) _trades.Remove(_tradeOrder.Dequeue());
    }
}
