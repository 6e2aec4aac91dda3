using LiveRoom.Domain.Sources;

namespace LiveRoom.Grains.Sources;

/// <summary>
/// A WeChat shop source's fetch loop, run by its grain: every second (and at once when an event
/// queues an order) the due orders are fetched one at a time and each is handed back through a call
/// to the grain. The timer interleaves, so the grain keeps answering callbacks while the shop's API
/// is slow; applying goes through the grain's ordinary call queue, so it never interleaves with a callback.
/// </summary>
public sealed class WeChatShopFetchLoop(Grain grain, WeChatShopApi api, TimeProvider clock, Func<SourceDefinition?> source, Func<WeChatShopQueue> queue)
{
    /// <summary>How often queued orders are looked at when no event wakes the loop (retries are due).</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);
    private const int Batch = 20;

    private IGrainTimer? _timer;
    private bool _running;

    public void Start() => _timer = grain.RegisterGrainTimer(Run, new GrainTimerCreationOptions(Interval, Interval) { Interleave = true });

    public void Wake() => _timer?.Change(TimeSpan.Zero, Interval);

    private async Task Run()
    {
        if (_running || source() is not { Kind: SourceKind.WechatShop } definition) return;
        _running = true;
        try
        {
            var self = grain.AsReference<ISourceGrain>();
            foreach (var orderId in queue().Due(clock.GetUtcNow(), Batch))
            {
                var fetched = await api.GetOrder(definition, orderId, CancellationToken.None);
                await self.ApplyWeChatShopOrder(orderId, fetched.Answer, fetched.Failure);
            }
        }
        finally
        {
            _running = false;
        }
    }
}
