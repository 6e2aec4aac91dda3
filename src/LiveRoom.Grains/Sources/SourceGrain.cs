using LiveRoom.Domain.Groups;
using LiveRoom.Domain.Launches;
using LiveRoom.Domain.Sources;
using LiveRoom.Grains.Ingestion;
using LiveRoom.Grains.Launches;
using LiveRoom.Grains.Shared;
using LiveRoom.Grains.Timeline;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LiveRoom.Grains.Sources;

/// <summary>
/// A source: its definition, the launches mapping it, counters and ledger. The ledger is stored
/// apart from the rest so reading or renaming a source does not rewrite thousands of order records.
/// </summary>
public sealed class SourceGrain(
    [PersistentState("source", StorageNames.Default)] IPersistentState<SourceState> store,
    [PersistentState("source-ledger", StorageNames.Default)] IPersistentState<TradeLedger> ledger,
    [PersistentState("source-fetch-queue", StorageNames.Default)] IPersistentState<WeChatShopQueue> fetchQueue,
    WeChatShopApi weChatShop,
    IOptions<SourceOptions> options,
    TimeProvider clock,
    IWeComApi wecom,
    ILogger<SourceGrain> logger) : Grain, ISourceGrain, IRemindable
{
    private const string FetchReminder = "source-fetch";

    /// <summary>
    /// Counters are statistics, not business events: written on this timer (and at deactivation), so
    /// a storm of refused or duplicate pushes costs no storage write each. A crash may lose the last
    /// interval's counts, never a message id or an order (those are in the ledger, written per push).
    /// </summary>
    private static readonly TimeSpan CounterWriteInterval = TimeSpan.FromSeconds(5);
    private bool _countersChanged;
    private WeChatShopFetchLoop _fetchLoop = null!;
    /// <summary>Only its reminder is used: it brings the source back after a restart or deactivation while orders wait to be fetched.</summary>
    private WakeUp _wakeUp = null!;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        this.RegisterGrainTimer(WriteCounters, CounterWriteInterval, CounterWriteInterval);
        _fetchLoop = new WeChatShopFetchLoop(this, weChatShop, clock, () => store.State.Definition, () => fetchQueue.State);
        _fetchLoop.Start();
        _wakeUp = new WakeUp(this, FetchReminder, () => Task.CompletedTask, clock, logger);
        return Task.CompletedTask;
    }

    /// <summary>The activation's fetch timer does the work; the reminder only had to bring the grain back, and goes once the queue is empty.</summary>
    public Task ReceiveReminder(string reminderName, TickStatus status) =>
        fetchQueue.State.Count > 0 ? Task.CompletedTask : _wakeUp.Backstop(null);

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) => WriteCounters();

    public async Task<SourceView> Save(SourceDefinition definition)
    {
        store.State.Definition = definition;
        await store.WriteStateAsync();
        await GrainFactory.GetGrain<ISourceIndexGrain>(0).Add(definition.Id);
        return View(definition);
    }

    public Task<SourceView?> GetView() =>
        Task.FromResult(store.State.Definition is { } d ? View(d) : null);

    public Task<SourceDefinition?> GetDefinition() => Task.FromResult(store.State.Definition);

    public async Task<bool> Delete()
    {
        if (store.State.Definition is not { } d) return false;
        await GrainFactory.GetGrain<ISourceIndexGrain>(0).Remove(d.Id);
        await store.ClearStateAsync();
        await ledger.ClearStateAsync();
        await fetchQueue.ClearStateAsync();
        await _wakeUp.Backstop(null);
        store.State = new SourceState();
        ledger.State = new TradeLedger();
        fetchQueue.State = new WeChatShopQueue();
        return true;
    }

    public async Task<bool> Map(SourceMapping mapping)
    {
        if (store.State.Definition is null) return false;
        store.State.Mappings[mapping.LaunchId] = mapping;
        await store.WriteStateAsync();
        return true;
    }

    public Task<SourceMapping?> GetMapping(string launchId) => Task.FromResult(store.State.Mappings.GetValueOrDefault(launchId));

    public async Task<SourceVerdict?> ReceiveYouzan(byte[] body)
    {
        if (store.State.Definition is not { Kind: SourceKind.Youzan } source) return null;
        var now = clock.GetUtcNow();
        var push = YouzanPush.Parse(body, out _);
        var decision = push is null
            ? new SourceDecision(SourceVerdict.Refused, "malformed")
            : YouzanRouter.Decide(source, push, ledger.State, store.State.Mappings.Values.ToList(), await Targets(), now);
        return await Apply(decision, now);
    }

    public async Task<WeChatShopReply?> ReceiveWeChatShop(WeChatShopDelivery delivery)
    {
        if (store.State.Definition is not { Kind: SourceKind.WechatShop } source) return null;
        var now = clock.GetUtcNow();
        if (delivery.UrlCheck) return new WeChatShopReply(WeChatShopInbox.Echo(source, delivery.Query), null);

        store.State.Counters.Seen(now);
        _countersChanged = true;
        var (notice, refusal) = WeChatShopInbox.Open(source, delivery.Query, delivery.Body, now);
        var decision = refusal
            ?? (ledger.State.HasMessage(notice!.MessageKey) ? new SourceDecision(SourceVerdict.Duplicate, "msg-id")
            : WeChatShopEvents.Of(notice.Event) == WeChatShopEvents.Meaning.Ignored ? new SourceDecision(SourceVerdict.Ignored, notice.Event)
            : null);
        if (decision is null && !fetchQueue.State.Add(notice!.OrderId!, now)) decision = new SourceDecision(SourceVerdict.Refused, "queue-full");
        if (decision is not null) return new WeChatShopReply(null, await Apply(decision, now, seen: true));

        // Queued and remembered before the answer: the platform's retry of this event is a duplicate,
        // and the order is fetched even if this node dies right after answering.
        ledger.State.AddMessage(notice!.MessageKey);
        await fetchQueue.WriteStateAsync();
        await ledger.WriteStateAsync();
        _fetchLoop.Wake();
        await _wakeUp.Backstop(now + WakeUp.Period);
        return new WeChatShopReply(null, null);
    }

    public async Task<SourceVerdict?> ApplyWeChatShopOrder(string orderId, byte[]? answer, string? failure)
    {
        if (store.State.Definition is not { Kind: SourceKind.WechatShop } source || !fetchQueue.State.Contains(orderId)) return null;
        var now = clock.GetUtcNow();
        var order = answer is null ? null : WeChatShopOrder.Parse(answer, out _);
        if (order is null || order.OrderId != orderId)
        {
            store.State.Counters.RecordFetchFailure(failure ?? "order-unreadable");
            if (fetchQueue.State.Failed(orderId, now)) store.State.Counters.RecordFetchFailure("gave-up");
            _countersChanged = true;
            await fetchQueue.WriteStateAsync();
            return null;
        }
        var decision = WeChatShopRouter.Decide(order, ledger.State, store.State.Mappings.Values.ToList(), await Targets(), source.GroupField, now);
        var verdict = await Apply(decision, now, seen: true);
        fetchQueue.State.Done(orderId);
        await fetchQueue.WriteStateAsync();
        if (fetchQueue.State.Count == 0) await _wakeUp.Backstop(null);
        return verdict;
    }

    public async Task<DouyinReceipt?> ReceiveDouyin(byte[] body, string? appId, string? eventSign, string? signMethod)
    {
        if (store.State.Definition is not { Kind: SourceKind.DouyinShop } source) return null;
        var now = clock.GetUtcNow();
        // The signature covers the whole body, so it is checked before anything in it is read.
        var refusal = DouyinRouter.Check(source, appId, body, eventSign, signMethod);
        var messages = refusal is null ? DouyinPush.Parse(body, out _) : null;
        if (messages is null)
        {
            refusal ??= new SourceDecision(SourceVerdict.Refused, "malformed");
            return new DouyinReceipt([await Apply(refusal, now)]);
        }

        var verdicts = new List<SourceVerdict>(messages.Count);
        var mappings = store.State.Mappings.Values.ToList();
        var targets = await Targets();
        // One at a time, each committed before the next is decided: a batch may hold an order's payment and its refund.
        foreach (var message in messages)
        {
            var decision = DouyinRouter.Decide(message, ledger.State, mappings, targets, now);
            verdicts.Add(await Apply(decision, now));
        }
        return new DouyinReceipt(verdicts);
    }

    public async Task<string?> VerifyWeCom(WeComCallback callback)
    {
        if (store.State.Definition is not { Kind: SourceKind.Wecom } source) return null;
        var now = clock.GetUtcNow();
        var (echo, refusal) = WeComInbox.VerifyUrl(source, callback.Signature, callback.Timestamp, callback.Nonce, callback.EchoStr, now);
        if (refusal is not null) await Apply(refusal, now);
        return echo ?? "";
    }

    public async Task<SourceVerdict?> ReceiveWeCom(WeComCallback callback)
    {
        if (store.State.Definition is not { Kind: SourceKind.Wecom } source) return null;
        var now = clock.GetUtcNow();
        var opened = WeComInbox.Open(source, callback.Signature, callback.Timestamp, callback.Nonce, callback.Body, now);
        var decision = opened.Decision
            ?? WeComRouter.Decide(opened.Event!, ledger.State, await Links(opened.Event!.ChatId!), now);
        if (decision.Refresh.Count > 0)
        {
            // WeCom refusing the call (a wrong secret, no permission) would refuse every retry too:
            // counted and answered, so WeCom stops retrying. A network failure throws instead (a 500),
            // and WeCom's retry tries the API again.
            try { await Refresh(source, opened.Event!.ChatId!, decision.Refresh); }
            catch (WeComApiException) { decision = decision with { Verdict = SourceVerdict.Refused, Reason = "wecom-api" }; }
        }
        return await Apply(decision, now);
    }

    /// <summary>
    /// Applies one decision: its events durable in the launches first, then what the source must
    /// remember, then the counters (and a signature storm's alert). <paramref name="seen"/>: the
    /// message was counted as it arrived (a WeChat shop event, decided once its order is fetched).
    /// </summary>
    private async Task<SourceVerdict> Apply(SourceDecision decision, DateTimeOffset now, bool seen = false)
    {
        if (decision.Events.Count > 0)
        {
            // Durable in the launches before the source remembers the message: if this throws,
            // the platform's retry (or the next fetch) is processed afresh instead of being taken for a duplicate.
            var worker = GrainFactory.GetGrain<IIngestWorker>(0);
            int total = 0, duplicates = 0;
            foreach (var (launchId, events) in decision.Events)
            {
                total += events.Count;
                duplicates += await worker.Ingest(launchId, events);
            }
            if (duplicates == total) decision = decision with { Verdict = SourceVerdict.Duplicate, Reason = "event-id" };
        }

        if (decision.MsgId is not null || decision.Trade is not null)
        {
            if (decision.MsgId is { } msgId) ledger.State.AddMessage(msgId);
            if (decision.Trade is { } trade) ledger.State.Put(trade.Tid, trade.Record);
            await ledger.WriteStateAsync();
        }
        if (seen) store.State.Counters.Outcome(decision);
        else store.State.Counters.Record(decision, now);
        _countersChanged = true;
        if (decision.Verdict == SourceVerdict.SignatureFailure && store.State.Storm.Record(now, options.Value.SignatureStorm))
            await AlertStorm(now);
        return decision.Verdict;
    }

    /// <summary>
    /// One alert on the timeline of every launch mapping this source. Written at once (not on the
    /// counter timer): a storm is what an operator must see while it happens.
    /// </summary>
    private async Task AlertStorm(DateTimeOffset now)
    {
        var source = store.State.Definition!;
        var entry = SignatureStorm.Alert(source.Id, source.Name, now, options.Value.SignatureStorm);
        await Task.WhenAll(store.State.Mappings.Keys.Select(launchId => GrainFactory.GetGrain<ILaunchTimelineGrain>(launchId).Append([entry])));
        await store.WriteStateAsync();
        _countersChanged = false;
    }

    /// <summary>The groups of the mapping launches linked to <paramref name="chatId"/>; open until the launch ends (chats fill before warm-up).</summary>
    private async Task<IReadOnlyList<WeComLink>> Links(string chatId)
    {
        var now = clock.GetUtcNow();
        var links = new List<WeComLink>();
        foreach (var launchId in store.State.Mappings.Keys)
        {
            var launch = GrainFactory.GetGrain<ILaunchGrain>(launchId);
            if (await launch.FindLinkedGroup(GroupLinks.WeCom, chatId) is not { } group || await launch.GetDefinition() is not { } definition) continue;
            links.Add(new WeComLink(launchId, group.Id, PhaseClock.PhaseAt(definition, now) != LaunchPhase.Ended));
        }
        return links;
    }

    /// <summary>A renamed chat: its name from WeCom's API (groupchat/get) becomes the linked groups' name.</summary>
    private async Task Refresh(SourceDefinition source, string chatId, IReadOnlyList<WeComLink> links)
    {
        var chat = await wecom.GetGroupChat(source, chatId);
        if (chat is null || string.IsNullOrWhiteSpace(chat.Name)) return;
        foreach (var link in links)
        {
            var launch = GrainFactory.GetGrain<ILaunchGrain>(link.LaunchId);
            if (await launch.GetGroup(link.GroupId) is { } g && g.Name != chat.Name)
                await launch.RegisterGroups([g with { Name = chat.Name.Trim() }]);
        }
    }

    /// <summary>Each mapping launch as routing sees it: open from warm-up until it ends, with its groups and SKUs.</summary>
    private async Task<IReadOnlyDictionary<string, LaunchTarget>> Targets()
    {
        var now = clock.GetUtcNow();
        var targets = new Dictionary<string, LaunchTarget>(StringComparer.Ordinal);
        foreach (var launchId in store.State.Mappings.Keys)
        {
            var launch = GrainFactory.GetGrain<ILaunchGrain>(launchId);
            if (await launch.GetDefinition() is not { } definition || await launch.GetCatalog() is not { } catalog) continue;
            var phase = PhaseClock.PhaseAt(definition, now);
            targets[launchId] = new LaunchTarget(launchId, phase is not (LaunchPhase.Draft or LaunchPhase.Ended), catalog.GroupIds, catalog.SkuIds);
        }
        return targets;
    }

    private async Task WriteCounters()
    {
        if (!_countersChanged || store.State.Definition is null) return;
        _countersChanged = false;
        await store.WriteStateAsync();
    }

    private SourceView View(SourceDefinition d)
    {
        var now = clock.GetUtcNow();
        var storm = store.State.Storm.Active(now, options.Value.SignatureStorm) ? store.State.Storm.RaisedAt : null;
        return SourceView.From(d, store.State.Counters, store.State.Mappings.Keys, now, storm, fetchQueue.State.Count);
    }
}
