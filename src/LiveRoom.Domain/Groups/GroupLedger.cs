using LiveRoom.Domain.Chat;
using LiveRoom.Domain.Cues;
using LiveRoom.Domain.Ingestion;
using LiveRoom.Domain.Launches;
using LiveRoom.Domain.Shared;
using LiveRoom.Domain.Timeline;

namespace LiveRoom.Domain.Groups;

/// <summary>
/// One group's rules: applies its business events (orders, members joining and leaving, chat with
/// its 接龙 sign-ups and mood) and its traffic to the stored state, knows its people's roles, and
/// says what the group reports to its launch (stats, the minutes that changed, its alert). Plain
/// class so the rules are tested without a cluster; the group grain owns one and adds activation,
/// storage, timers and the calls to other grains.
/// </summary>
public sealed class GroupLedger(string groupId, GroupState state, GroupTraffic traffic)
{
    private GroupPeople _people = GroupPeople.None;
    private GroupRegistration? _registration;
    /// <summary>The minutes changed since the last report. Reused: a report per chat message made a sorted dictionary per message.</summary>
    private readonly MinuteSeries _seriesDelta = new();
    /// <summary>Handed over with the report, so a new list starts only when one was.</summary>
    private List<VisitorSeen> _newVisitors = [];
    /// <summary>Copied only when an order changed it: traffic reports (most of them) share the last copy.</summary>
    private IReadOnlyDictionary<string, int>? _soldSnapshot;
    /// <summary>Spikes that started in the events applied since they were last taken, for the launch timeline.</summary>
    private List<TimelineEntry>? _spikeAlerts;
    private MoodAnalyzer _mood = new(MoodLexicon.Default);

    public string GroupId => groupId;
    public GroupState State => state;
    public GroupTraffic Traffic => traffic;

    /// <summary>Cue targets, chat roles, the member count and the early-join warning read it.</summary>
    public GroupRegistration? Registration
    {
        get => _registration;
        set
        {
            _registration = value;
            _people = GroupPeople.Of(value);
        }
    }

    public GroupPeople People => _people;

    public string Name => _registration?.Name ?? groupId;

    /// <summary>The N of the early-join warning: the launch's "signals.earlyJoinCount", else the silo's option.</summary>
    public int EarlyJoinCount { get; private set; } = 5;

    /// <summary>How many chat lines the group page's live feed keeps.</summary>
    public int ChatFeedSize { get; set; } = 30;

    /// <summary>
    /// An event since <see cref="ClearCueTrigger"/> that a cue rule may answer at once (an order
    /// milestone, a negative message, a question), rather than on the next time-based check.
    /// </summary>
    public bool CueTriggered { get; private set; }

    public void ClearCueTrigger() => CueTriggered = false;

    /// <summary>
    /// The launch's mood words and thresholds (the rules' "lexicon" and "signals"), or the
    /// configured ones; <paramref name="signals"/> null keeps the thresholds the mood has.
    /// </summary>
    public void UseSignals(MoodAnalyzer mood, SignalThresholds? signals, int defaultEarlyJoinCount)
    {
        _mood = mood;
        EarlyJoinCount = signals?.EarlyJoinCount ?? defaultEarlyJoinCount;
        if (signals is null) return;
        var current = state.Chat.Mood;
        var wanted = signals.ApplyTo(current.Options);
        if (!ReferenceEquals(wanted, current.Options)) current.Use(wanted);
    }

    /// <summary>Applies one business event; false when it changed nothing (a replay or a stale status).</summary>
    public bool Apply(LaunchEvent e)
    {
        if (e.Kind == EventKind.Order)
        {
            var known = state.Orders.Find(e.OrderId!) is not null;
            // A refund or cancellation seen before its payment changes no count, but it is new and
            // must be stored before the ack, or the late payment would count after a reactivation.
            if (state.Orders.Apply(e) is not { } change) return !known;
            _soldSnapshot = null;
            CueTriggered = true; // order milestones
            Add(change.Minute, change.Counts);
            Touch(e.At);
            return true;
        }

        if (state.SeenEventIds.Count > 0) GroupStateUpgrade.MoveSeenIds(state);
        if (!state.RecentEventIds.Add(e.Id)) return false;
        switch (e.Kind)
        {
            case EventKind.MemberJoined:
                state.Joins++;
                state.Roll.Joined(e.At, e.MemberId!);
                state.Members.Record(e.MemberId!, e.At, joined: true, own: _people.RoleOf(e.MemberId!).IsStaff());
                Add(e.Minute, new MinuteBucket { Joins = 1 });
                break;
            case EventKind.MemberLeft:
                state.Leaves++;
                state.Members.Record(e.MemberId!, e.At, joined: false, own: _people.RoleOf(e.MemberId!).IsStaff());
                Add(e.Minute, new MinuteBucket { Leaves = 1 });
                break;
            case EventKind.GroupDismissed:
                if (state.DismissedAt is null || e.At < state.DismissedAt) state.DismissedAt = e.At;
                break;
            case EventKind.ChatMessage:
                state.Messages++;
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
        var receipt = state.Chat.Receive(e.Id, e.At, e.MemberId!, _people.RoleOf(e.MemberId!), e.Text, _mood);
        if (receipt.Spike is { } spike) (_spikeAlerts ??= []).Add(SpikeAlert.Entry(groupId, Name, spike));
        if (receipt.Signal is { } signal && (signal.Negative || signal.Question)) CueTriggered = true;
        state.Feed.Add(new ChatLine(e.Id, e.At, e.MemberId!, e.Text ?? "", receipt.Signal.Negative,
            receipt.Signal.Question, receipt.Chain is not null), ChatFeedSize);
        if (receipt.Chain is { Changed: true } chain)
        {
            state.Signups = state.Chat.Chains.Signups;
            if (chain.SignupsDelta != 0) Add(chain.Minute, new MinuteBucket { Signups = chain.SignupsDelta });
        }
    }

    /// <summary>Page views, first-seen visitors and sale-page errors of one flush of the ingest buffer.</summary>
    public void ApplyTraffic(TrafficDelta delta)
    {
        foreach (var (minute, views) in delta.PageViewsByMinute)
        {
            traffic.PageViews += views;
            Add(minute, new MinuteBucket { PageViews = views });
        }
        if (delta.PageErrorsByMinute is { } byMinute)
        {
            foreach (var (minute, errors) in byMinute)
            {
                traffic.PageErrors += errors;
                Add(minute, new MinuteBucket { PageErrors = errors });
            }
        }
        if (delta.LastError is { } last && (traffic.LastPageError is null || last.At >= traffic.LastPageError.At))
            traffic.LastPageError = last;
        foreach (var v in delta.Visitors)
        {
            if (!traffic.Visitors.Add(v.Hash)) continue;
            Add(v.Minute, new MinuteBucket { UniqueVisitors = 1 });
            _newVisitors.Add(v);
        }
        Touch(delta.LastAt);
    }

    /// <summary>A full member list from the platform: where the group's own people are, and the count it reports. True when the row's mismatch flag may have changed.</summary>
    public bool ResyncMembers(int members, DateTimeOffset at, IReadOnlyList<string>? memberIds)
    {
        if (memberIds is not null)
            state.Members.Resync(_people.Everyone().Select(p => p.Id), memberIds.ToHashSet(StringComparer.Ordinal), at);
        return state.Roll.Resync(members, at, Math.Max(0, Members));
    }

    /// <summary>Registered + joins − leaves (can go below zero when leaves of people registered elsewhere arrive).</summary>
    public int Members => (_registration?.MemberCount ?? 0) + state.Joins - state.Leaves;

    /// <summary>Seeded members among the group's first <see cref="EarlyJoinCount"/> joins.</summary>
    public IReadOnlyList<string> EarlySeeded() => state.Roll.EarlySeeded(_registration?.SeededMembers ?? [], EarlyJoinCount);

    /// <summary>The group's own people and whether each is in the group (null: nobody has said yet).</summary>
    public IReadOnlyList<OwnPerson> OwnPeople() =>
        _people.Everyone().Select(p => new OwnPerson(p.Id, p.Role, state.Members.IsPresent(p.Id))).ToList();

    /// <summary>The row's alert, worst first (<see cref="AlertCodes.GroupAlerts"/>), or null.</summary>
    public string? Alert(DateTimeOffset now) =>
        // A dismissed chat outranks everything: nobody is left to read a cue or an announcement there.
        state.DismissedAt is not null ? AlertCodes.Dismissed
        : state.Chat.Mood.InSpike ? AlertCodes.NegativeSpike
        : LeaveWave.Check(state.Series, Members, now)
        ?? (state.Roll.Mismatch is not (null or 0) ? AlertCodes.MemberMismatch
        : EarlySeeded().Count > 0 ? AlertCodes.SeededEarlyJoin : null);

    public GroupStats Stats()
    {
        var orders = state.Orders;
        return new GroupStats
        {
            Version = state.Version,
            PageViews = traffic.PageViews,
            UniqueVisitors = traffic.Visitors.Count,
            Orders = orders.Paid,
            Gmv = orders.Gmv,
            Signups = state.Signups,
            Members = Math.Max(0, Members),
            Joins = state.Joins,
            Leaves = state.Leaves,
            Messages = state.Messages,
            LastActivityAt = state.LastActivityAt,
            SoldBySku = _soldSnapshot ??= new Dictionary<string, int>(orders.SoldBySku),
            Mood = state.Chat.Mood.LevelNow(),
            PageErrors = traffic.PageErrors,
            LastPageErrorAt = traffic.LastPageError?.At,
            LastPageError = traffic.LastPageError?.Text,
        };
    }

    /// <summary>A new version of the group's report, with what changed since the last one taken.</summary>
    public GroupReport TakeReport(DateTimeOffset now)
    {
        state.Version++;
        IReadOnlyList<VisitorSeen> visitors = _newVisitors.Count == 0 ? [] : _newVisitors;
        var report = new GroupReport(groupId, Stats(), _seriesDelta.Points(), visitors, Alert(now));
        _seriesDelta.Clear();
        if (visitors.Count > 0) _newVisitors = [];
        return report;
    }

    /// <summary>The current version again, without changes: repairs a report a failed flush lost.</summary>
    public GroupReport RepeatReport(DateTimeOffset now) => new(groupId, Stats(), [], [], Alert(now));

    /// <summary>The timeline entries of spikes that started since the last call, or null.</summary>
    public IReadOnlyList<TimelineEntry>? TakeSpikeAlerts()
    {
        var alerts = _spikeAlerts;
        _spikeAlerts = null;
        return alerts;
    }

    /// <summary>What the cue rules read of the group now.</summary>
    public GroupSignalsSnapshot Signals(DateTimeOffset now) => new()
    {
        GroupId = groupId,
        GroupName = Name,
        SeededMembers = _people.Seeded,
        Assistant = _people.Assistant,
        Owner = _people.Owner,
        Signups = state.Signups,
        LastSignupAt = state.Chat.Chains.LastGrowthAt,
        Orders = state.Orders.Paid,
        Mood = state.Chat.Mood.Snapshot(now),
    };

    private void Add(long minute, MinuteBucket delta)
    {
        state.Series.Add(minute, delta);
        _seriesDelta.Add(minute, delta);
    }

    private void Touch(DateTimeOffset at)
    {
        if (state.LastActivityAt is null || at > state.LastActivityAt) state.LastActivityAt = at;
    }
}
