using LiveRoom.Domain.Cues;
using LiveRoom.Domain.Groups;
using LiveRoom.Domain.Ingestion;
using LiveRoom.Domain.Shared;
using LiveRoom.Grains.Cues;
using LiveRoom.Grains.Hosting;
using LiveRoom.Grains.Ingestion;
using LiveRoom.Grains.Launches;
using LiveRoom.Grains.Shared;
using LiveRoom.Grains.Timeline;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Concurrency;

namespace LiveRoom.Grains.Groups;

/// <summary>
/// The shell of one group: activation, storage (<see cref="GroupStore"/>), timers, and the calls
/// to its launch, timeline and cues grains. The group's rules live in its <see cref="GroupLedger"/>.
/// Reentrant so that callers waiting on a write do not block new events: every change happens
/// synchronously between awaits, and writes are coalesced (one outstanding at a time).
/// </summary>
[Reentrant]
public sealed class GroupGrain(
    [PersistentState("group", StorageNames.Default)] IPersistentState<GroupState> store,
    [PersistentState("traffic", StorageNames.Default)] IPersistentState<GroupTraffic> traffic,
    GroupReportBuffer reports,
    IOptions<PipelineOptions> options,
    IOptions<CueOptions> cueOptions,
    CueContextCache cueContexts,
    IEventJournal journal,
    ILogger<GroupGrain> logger,
    TimeProvider clock) : Grain, IGroupGrain
{
    private string _launchId = "";
    private string _groupId = "";
    private GroupLedger _ledger = null!;
    private GroupStore _store = null!;
    private IGrainTimer _cueTimer = null!;
    private readonly CueWakePlanner _cueWake = new(options.Value.TickInterval, cueOptions.Value.IdleCheckInterval);
    private bool _evaluating;
    /// <summary>When the oldest event not yet seen by a cue evaluation arrived: the start of the cue latency metric.</summary>
    private long? _cueTriggerSince;

    private GroupState State => store.State;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        (_launchId, _groupId) = GroupKey.Parse(this.GetPrimaryKeyString());
        _ledger = new GroupLedger(_groupId, store.State, traffic.State) { ChatFeedSize = cueOptions.Value.ChatFeedSize };
        _store = new GroupStore(store, traffic, journal, this.GetPrimaryKeyString());
        _ledger.Registration = await GrainFactory.GetGrain<ILaunchGrain>(_launchId).GetGroup(_groupId);
        await UseLaunchSignals();
        // What the journal holds beyond the snapshot: batches acknowledged after it was written.
        var replayed = options.Value.DurableStorage && await _store.Replay(_ledger);
        NoteCueTrigger();
        // Memory storage is written on deactivation only (PipelineOptions.DurableStorage).
        if (options.Value.DurableStorage)
            this.RegisterGrainTimer(PersistIfDirty, options.Value.PersistInterval, options.Value.PersistInterval);
        _cueTimer = this.RegisterGrainTimer(EvaluateCues, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        // Time-based rules (stall, quiet, open questions) start being watched once the group is active.
        WakeCues(_cueWake.InATick(clock.GetUtcNow()));
        // A group that comes back (after a node was lost) re-states its truth: the report of its
        // last changes may have died in the lost node's buffer.
        var known = State.Version > 0 || replayed;
        // The launch keeps the newest report per group. A snapshot can be older than reports the
        // group sent before a crash (the journal held the rest), so a new activation numbers its
        // reports from the clock, past anything an earlier activation can have sent.
        State.Version = Math.Max(State.Version, clock.GetUtcNow().UtcTicks);
        if (known) Report();
        LiveRoomMetrics.GroupActivated();
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        LiveRoomMetrics.GroupDeactivated();
        // Memory storage goes down with the silo: nothing to keep (and it may be gone already).
        if (!options.Value.DurableStorage && reason.ReasonCode == DeactivationReasonCode.ShuttingDown) return;
        await _store.FlushAsync();
    }

    public Task<int> Apply(IReadOnlyList<LaunchEvent> events)
    {
        var applied = new List<LaunchEvent>(events.Count);
        foreach (var e in events)
        {
            if (_ledger.Apply(e)) applied.Add(e);
        }
        NoteCueTrigger();
        var duplicates = events.Count - applied.Count;
        SendSpikeAlerts();
        if (applied.Count == 0) return Task.FromResult(duplicates);

        if (_ledger.CueTriggered)
        {
            WakeCues(_cueWake.Triggered(clock.GetUtcNow()));
            _ledger.ClearCueTrigger();
        }
        Report();
        _store.Changed(); // the snapshot: on the timer (durable mode) and on deactivation
        if (!options.Value.DurableStorage) return Task.FromResult(duplicates);
        // Durable before the acknowledgement: one append of this batch, not a rewrite of the state.
        return AwaitWrite(_store.Append(applied), duplicates);
    }

    public Task ApplyTraffic(TrafficDelta delta)
    {
        _ledger.ApplyTraffic(delta);
        _store.TrafficChanged();
        Report();
        return Task.CompletedTask;
    }

    public Task Resync()
    {
        Report();
        return Task.CompletedTask;
    }

    public Task Reregistered(GroupRegistration registration)
    {
        // Cue targets, chat roles and the early-join warning read it from now on; the row's member
        // count and alert may change with it, so the launch hears at once.
        _ledger.Registration = registration;
        Report();
        return Task.CompletedTask;
    }

    public async Task<GroupDetail> GetDetail()
    {
        // Operators may have re-registered the group (e.g. a corrected member count) since activation.
        _ledger.Registration = await GrainFactory.GetGrain<ILaunchGrain>(_launchId).GetGroup(_groupId) ?? _ledger.Registration;
        var roll = State.Roll;
        var now = clock.GetUtcNow();
        return new GroupDetail(_ledger.Registration, _ledger.Stats(), State.Series.Points(), _ledger.Alert(now),
            State.Chat.Mood.Snapshot(now), State.Chat.Chains.Chains,
            new GroupWatch(roll.ResyncMembers, roll.ResyncAt, roll.CallbackMembersAtResync, _ledger.EarlySeeded(), State.Feed.Lines,
                State.Members.Changes, _ledger.OwnPeople(), _ledger.EarlyJoinCount));
    }

    public async Task<int> ResyncMembers(int members, DateTimeOffset at, IReadOnlyList<string>? memberIds = null)
    {
        if (_ledger.ResyncMembers(members, at, memberIds))
        {
            Report(); // the row's mismatch flag
            await _store.WriteAsync();
        }
        return State.Roll.Mismatch ?? 0;
    }

    private void Report() => reports.Add(_launchId, _ledger.TakeReport(clock.GetUtcNow()));

    /// <summary>The cue latency metric starts at the first event that wants a cue evaluation.</summary>
    private void NoteCueTrigger()
    {
        if (_ledger.CueTriggered) _cueTriggerSince ??= clock.GetTimestamp();
    }

    /// <summary>
    /// Not awaited: a timeline that is slow or moving must not hold up the batch's acknowledgement,
    /// and a lost alert still leaves the row flag and the mood on the board.
    /// </summary>
    private void SendSpikeAlerts()
    {
        if (_ledger.TakeSpikeAlerts() is { } alerts)
            GrainFactory.GetGrain<ILaunchTimelineGrain>(_launchId).Append(alerts).Ignore();
    }

    /// <summary>Sets the cue timer to what <see cref="CueWakePlanner"/> planned (null: a wake-up due sooner stands).</summary>
    private void WakeCues(TimeSpan? delay)
    {
        if (delay is { } d) _cueTimer.Change(d, Timeout.InfiniteTimeSpan);
    }

    /// <summary>
    /// Runs the launch's cue rules on this group's signals and sends what fires to the launch's cues
    /// grain, then sleeps until the next time-based rule may fire (<see cref="CueWakePlanner"/>).
    /// </summary>
    private async Task EvaluateCues()
    {
        _cueWake.Woke();
        if (_evaluating) { WakeCues(_cueWake.InATick(clock.GetUtcNow())); return; }
        _evaluating = true;
        try
        {
            var context = await cueContexts.GetAsync(_launchId);
            UseLaunchSignals(context); // a rule file with a new "lexicon" or "signals" reaches the group within a tick
            if (context.Launch is not { } launch) { WakeCues(_cueWake.Retry(clock.GetUtcNow())); return; }
            var now = clock.GetUtcNow();
            var signals = _ledger.Signals(now);
            var cues = State.Cues;
            var before = (cues.Handled.Count, cues.Handled.LastOrDefault(), cues.NextSeeded, cues.LastMilestoneOrders);
            var triggeredAt = _cueTriggerSince;
            _cueTriggerSince = null;
            var issued = new CueEngine(context.Rules, new(StringComparer.Ordinal) { [_groupId] = cues }).Evaluate(signals, launch, now);
            if (issued.Count > 0)
            {
                await GrainFactory.GetGrain<ILaunchCuesGrain>(_launchId).Issue(issued);
                if (triggeredAt is { } since) LiveRoomMetrics.CuesIssued(issued, clock.GetElapsedTime(since));
            }
            if (issued.Count > 0 || before != (cues.Handled.Count, cues.Handled.LastOrDefault(), cues.NextSeeded, cues.LastMilestoneOrders))
                _store.Changed(); // cooldowns and handled triggers are written with the group's state
            WakeCues(_cueWake.Evaluated(signals, launch, context.Rules, cues, now, clock.GetUtcNow()));
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Cue evaluation of {Launch}/{Group} failed; retrying", _launchId, _groupId);
            WakeCues(_cueWake.Retry(clock.GetUtcNow()));
        }
        finally
        {
            _evaluating = false;
        }
    }

    /// <summary>
    /// Before the first message is read: the launch's own lexicon and thresholds, or the configured
    /// ones if the cue context cannot be read now (then the next cue evaluation brings the launch's).
    /// </summary>
    private async Task UseLaunchSignals()
    {
        try
        {
            UseLaunchSignals(await cueContexts.GetAsync(_launchId));
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Cue context of {Launch} unavailable on activation of {Group}; reading chat with the configured lexicon", _launchId, _groupId);
            _ledger.UseSignals(cueContexts.DefaultMood, null, cueOptions.Value.EarlyJoinCount);
        }
    }

    private void UseLaunchSignals(CueContextCache.Entry context) =>
        _ledger.UseSignals(context.Mood, context.Rules.Signals, cueOptions.Value.EarlyJoinCount);

    private async Task PersistIfDirty()
    {
        if (!await _store.WriteIfChangedAsync()) return;
        // The same version again: the launch ignores it unless a failed flush lost the report that
        // carried it (a launch grain moving to another node, say), which this repairs without
        // waiting for the group's next event; rows that did arrive do not travel to viewers again.
        reports.Add(_launchId, _ledger.RepeatReport(clock.GetUtcNow()));
    }

    private static async Task<int> AwaitWrite(Task write, int duplicates)
    {
        await write;
        return duplicates;
    }
}
