using LiveRoom.Domain.Chat;
using LiveRoom.Domain.Cues;
using LiveRoom.Domain.Groups;
using LiveRoom.Domain.Ingestion;
using LiveRoom.Domain.Shared;
using LiveRoom.Domain.Timeline;
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
/// One group's truth: orders, members, chat activity, page views and visitors, per minute.
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
    private GroupRegistration? _registration;
    private readonly MinuteSeries _seriesDelta = new();
    private List<VisitorSeen> _newVisitors = [];
    private bool _dirty;
    private bool _trafficDirty;
    private IReadOnlyDictionary<string, int>? _soldSnapshot;
    private WriteCoalescer _writer = null!;
    private IGrainTimer _cueTimer = null!;
    private DateTimeOffset _cueDue = DateTimeOffset.MaxValue;
    private bool _evaluating;
    /// <summary>Journal entries written since the last snapshot, removed once a snapshot holds them.</summary>
    private readonly List<string> _journaled = [];
    private long _journalSeq;
    private readonly string _journalTag = Guid.NewGuid().ToString("N")[..8];

    private GroupState State => store.State;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        (_launchId, _groupId) = GroupKey.Parse(this.GetPrimaryKeyString());
        _writer = new WriteCoalescer(WriteAsync);
        _registration = await GrainFactory.GetGrain<ILaunchGrain>(_launchId).GetGroup(_groupId);
        await UseLaunchSignals();
        var replayed = options.Value.DurableStorage && await ReplayJournal();
        // Memory storage is written on deactivation only (PipelineOptions.DurableStorage).
        if (options.Value.DurableStorage)
            this.RegisterGrainTimer(PersistIfDirty, options.Value.PersistInterval, options.Value.PersistInterval);
        _cueTimer = this.RegisterGrainTimer(EvaluateCues, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        // Time-based rules (stall, quiet, open questions) start being watched once the group is active.
        ScheduleCues(options.Value.TickInterval);
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
        if (_dirty) await _writer.WriteAsync();
        if (_trafficDirty) await WriteTrafficAsync();
    }

    public Task<int> Apply(IReadOnlyList<LaunchEvent> events)
    {
        var applied = new List<LaunchEvent>(events.Count);
        foreach (var e in events)
        {
            if (ApplyOne(e)) applied.Add(e);
        }
        var duplicates = events.Count - applied.Count;
        SendSpikeAlerts();
        if (applied.Count == 0) return Task.FromResult(duplicates);

        if (_cueTrigger)
        {
            // Within one tick of the trigger (a quarter tick of waiting leaves room for the HTTP
            // request before it and the cue grain after it), and a burst in that quarter is one evaluation.
            ScheduleCues(options.Value.TickInterval / 4);
            _cueTrigger = false;
        }
        Report();
        _dirty = true; // the snapshot: on the timer (durable mode) and on deactivation
        if (!options.Value.DurableStorage) return Task.FromResult(duplicates);
        // Durable before the acknowledgement: one append of this batch, not a rewrite of the state.
        var entry = new JournalEntry(++_journalSeq, _journalTag, applied);
        _journaled.Add(entry.Id);
        return AwaitWrite(journal.AppendAsync(this.GetPrimaryKeyString(), entry), duplicates);
    }

    /// <summary>Applies what the journal holds beyond the snapshot (acknowledged after it was written).</summary>
    private async Task<bool> ReplayJournal()
    {
        var entries = await journal.ReadAsync(this.GetPrimaryKeyString(), State.JournalSeq);
        _journalSeq = State.JournalSeq;
        foreach (var entry in entries)
        {
            foreach (var e in entry.Events) ApplyOne(e);
            _journaled.Add(entry.Id);
            _journalSeq = Math.Max(_journalSeq, entry.Seq);
        }
        // These spikes were alerted when the events first arrived; a replay must not repeat them.
        _spikeAlerts = null;
        _dirty |= entries.Count > 0;
        return entries.Count > 0;
    }

    public Task ApplyTraffic(TrafficDelta delta)
    {
        foreach (var (minute, views) in delta.PageViewsByMinute)
        {
            traffic.State.PageViews += views;
            Add(minute, new MinuteBucket { PageViews = views });
        }
        ApplyPageErrors(delta);
        foreach (var v in delta.Visitors)
        {
            if (!traffic.State.Visitors.Add(v.Hash)) continue;
            Add(v.Minute, new MinuteBucket { UniqueVisitors = 1 });
            _newVisitors.Add(v);
        }
        Touch(delta.LastAt);
        _dirty = true; // the series and last activity changed too
        _trafficDirty = true;
        Report();
        return Task.CompletedTask;
    }

    private void ApplyPageErrors(TrafficDelta delta)
    {
        if (delta.PageErrorsByMinute is { } byMinute)
        {
            foreach (var (minute, errors) in byMinute)
            {
                traffic.State.PageErrors += errors;
                Add(minute, new MinuteBucket { PageErrors = errors });
            }
        }
        if (delta.LastError is { } last && (traffic.State.LastPageError is null || last.At >= traffic.State.LastPageError.At))
            traffic.State.LastPageError = last;
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
        _registration = registration;
        Report();
        return Task.CompletedTask;
    }

    public async Task<GroupDetail> GetDetail()
    {
        // Operators may have re-registered the group (e.g. a corrected member count) since activation.
        _registration = await GrainFactory.GetGrain<ILaunchGrain>(_launchId).GetGroup(_groupId) ?? _registration;
        var roll = State.Roll;
        return new GroupDetail(_registration, Stats(), State.Series.Points(), Alert(),
            State.Chat.Mood.Snapshot(clock.GetUtcNow()), State.Chat.Chains.Chains,
            new GroupWatch(roll.ResyncMembers, roll.ResyncAt, roll.CallbackMembersAtResync, EarlySeeded(), State.Feed.Lines,
                State.Members.Changes, OwnPeople().Select(p => new OwnPerson(p.Id, p.Role, State.Members.IsPresent(p.Id))).ToList(), _earlyJoinCount));
    }

    public async Task<int> ResyncMembers(int members, DateTimeOffset at, IReadOnlyList<string>? memberIds = null)
    {
        if (memberIds is not null)
            State.Members.Resync(OwnPeople().Select(p => p.Id), memberIds.ToHashSet(StringComparer.Ordinal), at);
        if (State.Roll.Resync(members, at, Math.Max(0, Members)))
        {
            Report(); // the row's mismatch flag
            await _writer.WriteAsync();
        }
        return State.Roll.Mismatch ?? 0;
    }

    private IReadOnlyList<string> EarlySeeded() =>
        State.Roll.EarlySeeded(_registration?.SeededMembers ?? [], _earlyJoinCount);

    /// <summary>Applies one business event; false when it changed nothing (a replay or a stale status).</summary>
    private bool ApplyOne(LaunchEvent e)
    {
        if (e.Kind == EventKind.Order)
        {
            var known = State.Orders.Find(e.OrderId!) is not null;
            // A refund or cancellation seen before its payment changes no count, but it is new and
            // must be stored before the ack, or the late payment would count after a reactivation.
            if (State.Orders.Apply(e) is not { } change) return !known;
            _soldSnapshot = null;
            MarkCueTrigger(); // order milestones
            Add(change.Minute, change.Counts);
            Touch(e.At);
            return true;
        }

        if (State.SeenEventIds.Count > 0) GroupStateUpgrade.MoveSeenIds(State);
        if (!State.RecentEventIds.Add(e.Id)) return false;
        switch (e.Kind)
        {
            case EventKind.MemberJoined:
                State.Joins++;
                State.Roll.Joined(e.At, e.MemberId!);
                State.Members.Record(e.MemberId!, e.At, joined: true, own: RoleOf(e.MemberId!).IsStaff());
                Add(e.Minute, new MinuteBucket { Joins = 1 });
                break;
            case EventKind.MemberLeft:
                State.Leaves++;
                State.Members.Record(e.MemberId!, e.At, joined: false, own: RoleOf(e.MemberId!).IsStaff());
                Add(e.Minute, new MinuteBucket { Leaves = 1 });
                break;
            case EventKind.ChatMessage:
                State.Messages++;
                Add(e.Minute, new MinuteBucket { Messages = 1 });
                ReadChat(e);
                break;
        }
        Touch(e.At);
        return true;
    }

    /// <summary>A 接龙 post moves the group's sign-ups (net of edits, in the post's minute); anything else feeds the mood.</summary>
    private void ReadChat(LaunchEvent e)
    {
        var receipt = State.Chat.Receive(e.Id, e.At, e.MemberId!, RoleOf(e.MemberId!), e.Text, _mood);
        if (receipt.Spike is { } spike) (_spikeAlerts ??= []).Add(SpikeAlert.Entry(_groupId, _registration?.Name ?? _groupId, spike));
        if (receipt.Signal is { } signal && (signal.Negative || signal.Question)) MarkCueTrigger();
        State.Feed.Add(new ChatLine(e.Id, e.At, e.MemberId!, e.Text ?? "", receipt.Signal.Negative,
            receipt.Signal.Question, receipt.Chain is not null), cueOptions.Value.ChatFeedSize);
        if (receipt.Chain is { Changed: true } chain)
        {
            State.Signups = State.Chat.Chains.Signups;
            if (chain.SignupsDelta != 0) Add(chain.Minute, new MinuteBucket { Signups = chain.SignupsDelta });
        }
    }

    /// <summary>Owner, assistants and seeded members, each once, in that order.</summary>
    private IEnumerable<(string Id, ChatRole Role)> OwnPeople()
    {
        if (_registration is not { } g) return [];
        var people = new List<(string, ChatRole)>();
        if (!string.IsNullOrEmpty(g.Owner)) people.Add((g.Owner, ChatRole.Owner));
        people.AddRange(g.Assistants.Select(a => (a, ChatRole.Assistant)));
        people.AddRange(g.SeededMembers.Select(s => (s, ChatRole.SeededMember)));
        return people.DistinctBy(p => p.Item1, StringComparer.Ordinal);
    }

    private ChatRole RoleOf(string memberId)
    {
        var g = _registration;
        if (g is null) return ChatRole.Member;
        if (g.SeededMembers.Contains(memberId)) return ChatRole.SeededMember;
        if (g.Assistants.Contains(memberId)) return ChatRole.Assistant;
        return g.Owner == memberId ? ChatRole.Owner : ChatRole.Member;
    }

    private void Add(long minute, MinuteBucket delta)
    {
        State.Series.Add(minute, delta);
        _seriesDelta.Add(minute, delta);
    }

    private void Touch(DateTimeOffset at)
    {
        if (State.LastActivityAt is null || at > State.LastActivityAt) State.LastActivityAt = at;
    }

    private int Members => (_registration?.MemberCount ?? 0) + State.Joins - State.Leaves;

    private string? Alert() =>
        State.Chat.Mood.InSpike ? NegativeSpikeAlert
        : LeaveWave.Check(State.Series, Members, clock.GetUtcNow())
        ?? (State.Roll.Mismatch is not (null or 0) ? MemberMismatchAlert
        : EarlySeeded().Count > 0 ? SeededEarlyJoinAlert : null);

    public const string MemberMismatchAlert = "member_mismatch";
    public const string SeededEarlyJoinAlert = "seeded_early_join";

    public const string NegativeSpikeAlert = "negative_spike";

    /// <summary>
    /// The launch's mood words: the configured lexicon ("LiveRoom:Mood") until the launch's cue
    /// context is read (on activation and at each cue evaluation), then that, with the rules' "lexicon".
    /// </summary>
    private MoodAnalyzer _mood = null!;
    private int _earlyJoinCount;

    private GroupStats Stats()
    {
        var orders = State.Orders;
        return new GroupStats
        {
            Version = State.Version,
            PageViews = traffic.State.PageViews,
            UniqueVisitors = traffic.State.Visitors.Count,
            Orders = orders.Paid,
            Gmv = orders.Gmv,
            Signups = State.Signups,
            Members = Math.Max(0, Members),
            Joins = State.Joins,
            Leaves = State.Leaves,
            Messages = State.Messages,
            LastActivityAt = State.LastActivityAt,
            // Copied only when an order changed it: traffic reports (most of them) share the last copy.
            SoldBySku = _soldSnapshot ??= new Dictionary<string, int>(orders.SoldBySku),
            Mood = State.Chat.Mood.LevelNow(),
            PageErrors = traffic.State.PageErrors,
            LastPageErrorAt = traffic.State.LastPageError?.At,
            LastPageError = traffic.State.LastPageError?.Text,
        };
    }

    private void Report()
    {
        State.Version++;
        // The delta series is reused (a report per chat message made a sorted dictionary per message);
        // the visitor list goes with the report, so a new one starts only when it was handed over.
        IReadOnlyList<VisitorSeen> visitors = _newVisitors.Count == 0 ? [] : _newVisitors;
        reports.Add(_launchId, new GroupReport(_groupId, Stats(), _seriesDelta.Points(), visitors, Alert()));
        _seriesDelta.Clear();
        if (visitors.Count > 0) _newVisitors = [];
    }

    private bool _cueTrigger;
    /// <summary>When the oldest event not yet seen by a cue evaluation arrived: the start of the cue latency metric.</summary>
    private long? _cueTriggerSince;

    private void MarkCueTrigger()
    {
        _cueTrigger = true;
        _cueTriggerSince ??= clock.GetTimestamp();
    }

    /// <summary>Spikes that started in the batch being applied, for the launch timeline.</summary>
    private List<TimelineEntry>? _spikeAlerts;

    /// <summary>
    /// Not awaited: a timeline that is slow or moving must not hold up the batch's acknowledgement,
    /// and a lost alert still leaves the row flag and the mood on the board.
    /// </summary>
    private void SendSpikeAlerts()
    {
        if (_spikeAlerts is null) return;
        GrainFactory.GetGrain<ILaunchTimelineGrain>(_launchId).Append(_spikeAlerts).Ignore();
        _spikeAlerts = null;
    }

    /// <summary>Wakes the cue evaluation after <paramref name="delay"/>, unless it is due sooner already.</summary>
    private void ScheduleCues(TimeSpan delay)
    {
        if (delay < TimeSpan.Zero) delay = TimeSpan.Zero;
        var due = clock.GetUtcNow() + delay;
        if (due >= _cueDue) return;
        _cueDue = due;
        _cueTimer.Change(delay, Timeout.InfiniteTimeSpan);
    }

    /// <summary>
    /// Runs the launch's cue rules on this group's signals and sends what fires to the launch's cues
    /// grain, then sleeps until the next time-based rule may fire (<see cref="CueSchedule"/>).
    /// </summary>
    private async Task EvaluateCues()
    {
        _cueDue = DateTimeOffset.MaxValue;
        if (_evaluating) { ScheduleCues(options.Value.TickInterval); return; }
        _evaluating = true;
        var idle = cueOptions.Value.IdleCheckInterval;
        try
        {
            var context = await cueContexts.GetAsync(_launchId);
            UseLaunchSignals(context); // a rule file with a new "lexicon" or "signals" reaches the group within a tick
            if (context.Launch is not { } launch) { ScheduleCues(idle); return; }
            var now = clock.GetUtcNow();
            var signals = Signals(now);
            var cues = State.Cues;
            var before = (cues.Handled.Count, cues.Handled.LastOrDefault(), cues.NextSeeded, cues.LastMilestoneOrders);
            var triggeredAt = _cueTriggerSince;
            _cueTriggerSince = null;
            var issued = new CueEngine(context.Rules, new(StringComparer.Ordinal) { [_groupId] = cues }).Evaluate(signals, launch, now);
            if (issued.Count > 0)
            {
                await GrainFactory.GetGrain<ILaunchCuesGrain>(_launchId).Issue(issued);
                if (triggeredAt is { } since) RecordCueLatency(issued, clock.GetElapsedTime(since));
            }
            if (issued.Count > 0 || before != (cues.Handled.Count, cues.Handled.LastOrDefault(), cues.NextSeeded, cues.LastMilestoneOrders))
                _dirty = true; // cooldowns and handled triggers are written with the group's state
            if (launch.Phase != Domain.Launches.LaunchPhase.Ended)
                ScheduleCues(CueSchedule.NextCheck(signals, launch, context.Rules, cues, now, idle) - now);
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Cue evaluation of {Launch}/{Group} failed; retrying", _launchId, _groupId);
            ScheduleCues(idle);
        }
        finally
        {
            _evaluating = false;
        }
    }

    private static void RecordCueLatency(IReadOnlyList<Cue> issued, TimeSpan sinceTrigger)
    {
        foreach (var cue in issued)
        {
            if (cue.Rule is CueRuleKind.NegativeMessage or CueRuleKind.OrderMilestone) LiveRoomMetrics.CueIssued(cue.Kind, sinceTrigger);
        }
    }

    /// <summary>Before the first message is read: the launch's own lexicon and thresholds, or the configured ones if the cue context cannot be read now.</summary>
    private async Task UseLaunchSignals()
    {
        try
        {
            UseLaunchSignals(await cueContexts.GetAsync(_launchId));
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Cue context of {Launch} unavailable on activation of {Group}; reading chat with the configured lexicon", _launchId, _groupId);
            _mood = cueContexts.DefaultMood;
        }
    }

    private void UseLaunchSignals(CueContextCache.Entry context)
    {
        _mood = context.Mood;
        _earlyJoinCount = context.Rules.Signals.EarlyJoinCount ?? cueOptions.Value.EarlyJoinCount;
        var mood = State.Chat.Mood;
        var wanted = context.Rules.Signals.ApplyTo(mood.Options);
        if (!ReferenceEquals(wanted, mood.Options)) mood.Use(wanted);
    }

    private GroupSignalsSnapshot Signals(DateTimeOffset now) => new()
    {
        GroupId = _groupId,
        GroupName = _registration?.Name ?? _groupId,
        SeededMembers = _registration?.SeededMembers ?? [],
        Assistant = _registration?.Assistants.FirstOrDefault(),
        Owner = _registration?.Owner,
        Signups = State.Signups,
        LastSignupAt = State.Chat.Chains.LastGrowthAt,
        Orders = State.Orders.Paid,
        Mood = State.Chat.Mood.Snapshot(now),
    };

    /// <summary>The snapshot: the whole state, then the journal entries it now holds are removed.</summary>
    private async Task WriteAsync()
    {
        _dirty = false;
        State.JournalSeq = _journalSeq;
        var covered = _journaled.ToList();
        _journaled.Clear();
        try
        {
            await store.WriteStateAsync();
        }
        catch
        {
            _journaled.AddRange(covered);
            _dirty = true;
            throw;
        }
        if (covered.Count > 0) await journal.RemoveAsync(this.GetPrimaryKeyString(), covered);
    }

    private async Task WriteTrafficAsync()
    {
        _trafficDirty = false;
        await traffic.WriteStateAsync();
    }

    private async Task PersistIfDirty()
    {
        if (_trafficDirty) await WriteTrafficAsync();
        if (!_dirty) return;
        await _writer.WriteAsync();
        // The same version again: the launch ignores it unless a failed flush lost the report that
        // carried it (a launch grain moving to another node, say), which this repairs without
        // waiting for the group's next event; rows that did arrive do not travel to viewers again.
        reports.Add(_launchId, new GroupReport(_groupId, Stats(), [], [], Alert()));
    }

    private static async Task<int> AwaitWrite(Task write, int duplicates)
    {
        await write;
        return duplicates;
    }
}
