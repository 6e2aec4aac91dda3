using LiveRoom.Domain.Chat;
using LiveRoom.Domain.Ingestion;
using LiveRoom.Domain.Launches;
using LiveRoom.Domain.Shared;

namespace LiveRoom.Domain.Cues;

/// <summary>
/// Decides, per group per tick, which cues to issue. Plain logic: the grain gives it a snapshot and a
/// clock and sends what comes back through the outbox. Each rule has a per-group cooldown; a rule
/// issues at most one cue per group per evaluation; seeded members are picked round-robin so the
/// same person is not always the one speaking.
/// </summary>
public sealed class CueEngine(CueRuleSet rules, Dictionary<string, GroupCueState>? state = null)
{

    /// <summary>Per-group memory, keyed by group id; persist it with the grain's state.</summary>
    public Dictionary<string, GroupCueState> State { get; } = state ?? new(StringComparer.Ordinal);

    public CueRuleSet Rules { get; } = rules;

    public IReadOnlyList<Cue> Evaluate(GroupSignalsSnapshot group, LaunchContext launch, DateTimeOffset now)
    {
        if (!State.TryGetValue(group.GroupId, out var s)) State[group.GroupId] = s = new GroupCueState();
        var cues = new List<Cue>();
        if (launch.Phase is LaunchPhase.Draft or LaunchPhase.Ended) return cues;

        // Order matters only for who gets picked first: answering people beats starting topics.
        Add(cues, NegativeMessage(group, launch, now, s));
        Add(cues, UnansweredQuestion(group, launch, now, s));
        Add(cues, OrderMilestone(group, launch, now, s));
        Add(cues, SignupStall(group, launch, now, s));
        Add(cues, QuietGroup(group, launch, now, s));
        return cues;
    }

    private static void Add(List<Cue> cues, Cue? cue)
    {
        if (cue is not null) cues.Add(cue);
    }

    private Cue? NegativeMessage(GroupSignalsSnapshot g, LaunchContext l, DateTimeOffset now, GroupCueState s)
    {
        if (Rules.Find(CueRuleKind.NegativeMessage) is not { } rule) return null;
        var fresh = g.Mood.RecentNegatives.Where(q => !s.IsHandled(q.MessageId) && now - q.At <= rule.MaxAge).ToList();
        if (fresh.Count == 0) return null;
        // Every fresh negative is handled now, even during a cooldown: one counter-message answers a
        // burst, and a storm is the spike alert's job, not a queue of stale counters.
        foreach (var q in fresh) s.MarkHandled(q.MessageId);
        if (s.CoolingDown(rule, now)) return null;
        var newest = fresh.MaxBy(q => q.At)!;
        return Issue(rule, g, l, now, s, newest.MessageId, PickSeeded(g, s),
            CueReasons.NegativeMessage(newest.Term, newest.Sender, newest.Text), question: null, quote: newest.Text, alert: rule.AlertOperator);
    }

    private Cue? UnansweredQuestion(GroupSignalsSnapshot g, LaunchContext l, DateTimeOffset now, GroupCueState s)
    {
        if (Rules.Find(CueRuleKind.UnansweredQuestion) is not { } rule) return null;
        // Questions wait through a cooldown (unlike negatives): an open question is still worth answering.
        if (s.CoolingDown(rule, now)) return null;
        var oldest = g.Mood.OpenQuestions.Where(q => !s.IsHandled(q.MessageId) && now - q.At >= rule.AnswerAfter).MinBy(q => q.At);
        if (oldest is null) return null;
        s.MarkHandled(oldest.MessageId);
        var target = rule.AnswerBy == ChatRole.Assistant && g.Assistant is { Length: > 0 } assistant
            ? (assistant, ChatRole.Assistant)
            : PickSeeded(g, s);
        var waited = (int)(now - oldest.At).TotalSeconds;
        return Issue(rule, g, l, now, s, oldest.MessageId, target,
            CueReasons.UnansweredQuestion(waited, oldest.Sender, oldest.Text), question: oldest.Text, quote: oldest.Text, alert: false);
    }

    private Cue? OrderMilestone(GroupSignalsSnapshot g, LaunchContext l, DateTimeOffset now, GroupCueState s)
    {
        if (Rules.Find(CueRuleKind.OrderMilestone) is not { } rule) return null;
        var orders = g.Orders;
        var last = s.LastMilestoneOrders;
        var first = rule.FirstOrder && last == 0 && orders >= 1;
        var nth = rule.Every > 0 && orders / rule.Every > last / rule.Every;
        if (!first && !nth) return null;
        // Milestones crossed during a cooldown collapse into one cue afterwards, with the count then.
        if (s.CoolingDown(rule, now)) return null;
        s.LastMilestoneOrders = orders;
        var reason = CueReasons.Orders(first && !nth, orders / Math.Max(rule.Every, 1) * rule.Every);
        return Issue(rule, g, l, now, s, $"orders-{orders}", PickSeeded(g, s), reason, null, null, alert: false);
    }

    private Cue? SignupStall(GroupSignalsSnapshot g, LaunchContext l, DateTimeOffset now, GroupCueState s)
    {
        if (Rules.Find(CueRuleKind.SignupStall) is not { } rule || l.Phase != LaunchPhase.Live) return null;
        // A group with no entry yet stalls from T0: it is exactly the group that needs the first entry.
        var since = Max(g.LastSignupAt, l.LiveSince);
        if (since is null || now - since.Value < rule.StallAfter) return null;
        var launchRate = l.SignupsPerMinute + l.OrdersPerMinute;
        if (launchRate <= 0 || launchRate < rule.MinLaunchPerMinute) return null;
        if (s.CoolingDown(rule, now)) return null;
        var minutes = (int)(now - since.Value).TotalMinutes;
        return Issue(rule, g, l, now, s, $"stall-{UnixMinute.Of(now)}", PickSeeded(g, s),
            CueReasons.Stall(minutes, launchRate), null, null, alert: false);
    }

    private Cue? QuietGroup(GroupSignalsSnapshot g, LaunchContext l, DateTimeOffset now, GroupCueState s)
    {
        if (Rules.Find(CueRuleKind.QuietGroup) is not { } rule) return null;
        if (g.Mood.BaselineMessagesPerMinute is not { } baseline || baseline < rule.MinBaselinePerMinute) return null;
        var rate = g.Mood.MessagesPerMinute;
        if (rate > baseline * rule.QuietRatio) return null;
        if (s.CoolingDown(rule, now)) return null;
        return Issue(rule, g, l, now, s, $"quiet-{UnixMinute.Of(now)}", PickSeeded(g, s),
            CueReasons.Quiet(rate, baseline), null, null, alert: false);
    }

    private static Cue Issue(CueRule rule, GroupSignalsSnapshot g, LaunchContext l, DateTimeOffset now, GroupCueState s,
        string triggerId, (string Name, ChatRole Role)? target, ServerText reason, string? question, string? quote, bool alert)
    {
        s.LastIssued[rule.Kind] = now;
        var kind = rule.Kind.Issues();
        var values = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["group"] = g.GroupName,
            ["sku"] = l.FeaturedSku,
            ["remaining"] = l.Remaining?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["question"] = question,
            ["quote"] = quote,
        };
        return new Cue
        {
            Id = CueId.Of(l.LaunchId, g.GroupId, kind, triggerId),
            Kind = kind,
            Rule = rule.Kind,
            LaunchId = l.LaunchId,
            GroupId = g.GroupId,
            Target = target?.Name,
            TargetRole = target?.Role,
            Script = rule.Script.Render(values),
            ReasonText = reason,
            TriggerId = triggerId,
            // Nobody to address: the operator has to find someone, so it is an alert too.
            AlertOperator = alert || target is null,
            IssuedAt = now,
        };
    }

    /// <summary>The next seeded member in rotation; the assistant, then the owner, when the group has none.</summary>
    private static (string, ChatRole)? PickSeeded(GroupSignalsSnapshot g, GroupCueState s)
    {
        var members = g.SeededMembers.Where(m => !string.IsNullOrWhiteSpace(m)).ToList();
        if (members.Count > 0)
        {
            var pick = members[(int)((uint)s.NextSeeded % (uint)members.Count)];
            s.NextSeeded = (s.NextSeeded + 1) % members.Count;
            return (pick, ChatRole.SeededMember);
        }
        if (g.Assistant is { Length: > 0 } a) return (a, ChatRole.Assistant);
        if (g.Owner is { Length: > 0 } o) return (o, ChatRole.Owner);
        return null;
    }

    private static DateTimeOffset? Max(DateTimeOffset? a, DateTimeOffset? b) => a is null ? b : b is null ? a : a > b ? a : b;

}
