namespace LiveRoom.Domain.Cues;

/// <summary>
/// When a group's time-based rules may fire next, so a group grain wakes only then (or when its
/// signals change) instead of evaluating on every tick: an open question when it has waited long
/// enough, a stall when the chain has been still long enough; quiet groups and launch-wide movement
/// are re-checked at the idle interval.
/// </summary>
public static class CueSchedule
{
    public static DateTimeOffset NextCheck(GroupSignalsSnapshot g, LaunchContext l, CueRuleSet rules, GroupCueState s,
        DateTimeOffset now, TimeSpan idle)
    {
        var next = now + idle;
        if (rules.Find(CueRuleKind.UnansweredQuestion) is { } answer)
        {
            foreach (var q in g.Mood.OpenQuestions)
            {
                if (s.IsHandled(q.MessageId)) continue;
                next = Min(next, After(q.At + answer.AnswerAfter, answer, s));
            }
        }
        if (rules.Find(CueRuleKind.SignupStall) is { } stall && l.Phase == Launches.LaunchPhase.Live)
        {
            var since = g.LastSignupAt is { } last && (l.LiveSince is null || last > l.LiveSince) ? last : l.LiveSince;
            if (since is { } from) next = Min(next, After(from + stall.StallAfter, stall, s));
        }
        return next < now ? now : next;
    }

    private static DateTimeOffset After(DateTimeOffset due, CueRule rule, GroupCueState s) =>
        s.LastIssued.TryGetValue(rule.Kind, out var last) && last + rule.Cooldown > due ? last + rule.Cooldown : due;

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
