using LiveRoom.LoadTests.Client;

namespace LiveRoom.LoadTests.Model;

/// <summary>One group's share of the launch model (see <see cref="LaunchModel"/>).</summary>
internal sealed class GroupBuilder(ModelOptions options, int index, Random random, long duration)
{
    private readonly Funnel _f = options.Funnel;
    private readonly RateProfile _profile = options.Profile;
    private readonly List<(long At, int Member)> _signups = [];

    public ModelGroup Group { get; private set; } = null!;
    public int Visitors { get; private set; }
    public int Signups { get; private set; }
    public int Members { get; private set; }
    public int Messages { get; private set; }

    public void Build(List<ModelEvent> events, List<LaunchModel.Wish> wishes)
    {
        var tier = index % 3;
        var members = options.Members.Next(random);
        Group = new ModelGroup(LaunchPlan.GroupId(index), tier, members, ChainText.Header(random), []) { SeededMembers = Seeded(tier) };
        var factor = Funnel.TierFactor(tier);

        for (var m = 0; m < members; m++)
        {
            Visit(m, factor, events, wishes);
            Chat(m, events);
        }
        Chain(events);
        var joins = Joins(members, events);
        var leaves = Leaves(members, events);
        Members = members + joins - leaves;
    }

    /// <summary>
    /// 2–3 seeded members in a core group, none elsewhere. Drawn from a source of their own, so the
    /// group's events are the same as before seeded members existed.
    /// </summary>
    private string[] Seeded(int tier)
    {
        if (tier != 2) return [];
        var count = new Random(Seeds.Mix(options.Seed, index, 0x70e)).Next(2, 4);
        return Enumerable.Range(1, count).Select(k => ModelGroup.SeededMemberId(LaunchPlan.GroupId(index), k)).ToArray();
    }

    private void Visit(int m, double factor, List<ModelEvent> events, List<LaunchModel.Wish> wishes)
    {
        if (random.NextDouble() >= _f.Visit) return;
        Visitors++;
        var first = long.MaxValue;
        var visit = 0;
        do
        {
            var at = At(_profile.Sample(random));
            first = Math.Min(first, at);
            events.Add(new ModelEvent(at, ModelKind.PageView, index, m, visit++));
        } while (random.NextDouble() < _f.RepeatVisit && visit < 20);

        long? signedAt = null;
        if (random.NextDouble() < Math.Min(0.95, _f.Signup * factor))
        {
            signedAt = Clamp(first + (long)(duration * (0.005 + 0.02 * random.NextDouble())));
            _signups.Add((signedAt.Value, m));
        }
        var orderChance = signedAt is null ? _f.OrderWithoutSignup * factor : _f.OrderAfterSignup;
        if (random.NextDouble() >= Math.Min(0.95, orderChance)) return;
        // The sale opens at T0: members who signed up earlier order in the rush right after it.
        var ready = Math.Max(signedAt ?? first, (long)(_profile.T0 * duration));
        var at0 = Clamp(ready + (long)(-Math.Log(1 - random.NextDouble()) * 0.02 * duration));
        wishes.Add(new LaunchModel.Wish(at0, index, m, PickSku(), PickQuantity()));
    }

    private int PickSku()
    {
        var r = random.NextDouble();
        return r < 0.5 ? 0 : r < 0.85 ? 1 : 2;
    }

    private int PickQuantity()
    {
        var r = random.NextDouble();
        return r < 0.7 ? 1 : r < 0.92 ? 2 : 3;
    }

    /// <summary>Poisson-many messages per member; Arg holds the member's message number and the line (see <see cref="ChatText"/>).</summary>
    private void Chat(int m, List<ModelEvent> events)
    {
        var limit = Math.Exp(-_f.ChatPerMember);
        var p = random.NextDouble();
        for (var ordinal = 0; p > limit; ordinal++)
        {
            var r = random.NextDouble();
            var line = r < _f.QuestionShare ? ChatText.Question(random)
                : r < _f.QuestionShare + _f.NegativeShare ? ChatText.Negative(random)
                : ChatText.Chatter(random);
            events.Add(new ModelEvent(At(_profile.Sample(random)), ModelKind.Chat, index, m, ChatText.Encode(ordinal, line)));
            Messages++;
            p *= random.NextDouble();
        }
    }

    /// <summary>
    /// Sign-ups in time order become 接龙 posts, each one line longer; times strictly increase, since
    /// LiveRoom orders posts by their time and two posts of one millisecond could swap on the way.
    /// </summary>
    private void Chain(List<ModelEvent> events)
    {
        var last = -1L;
        var length = Group.ChainHeader.Length + 1;
        foreach (var (at, member) in _signups.OrderBy(s => s.At).ThenBy(s => s.Member))
        {
            var line = ChainText.Line(random, Group.ChainLines.Count + 1, ChatLines.Name(random));
            // A full chain stops growing (real groups start a second one); later sign-ups only order.
            if (length + line.Length + 1 > ChainText.MaxTextLength || last >= duration - 1) break;
            length += line.Length + 1;
            Group.ChainLines.Add(line);
            last = Math.Max(at, last + 1);
            events.Add(new ModelEvent(last, ModelKind.ChainPost, index, member, Group.ChainLines.Count));
            Messages++;
        }
        Signups = Group.ChainLines.Count;
    }

    /// <summary>New members arrive in one to three bursts, each over 1 % of the run.</summary>
    private int Joins(int members, List<ModelEvent> events)
    {
        var count = (int)Math.Round(members * _f.JoinShare * (0.5 + random.NextDouble()));
        var bursts = random.Next(1, 4);
        var centres = Enumerable.Range(0, bursts).Select(_ => _profile.Sample(random)).ToArray();
        for (var j = 0; j < count; j++)
            events.Add(new ModelEvent(At(centres[j % bursts] + 0.01 * random.NextDouble()), ModelKind.Join, index, members + j, 0));
        return count;
    }

    /// <summary>A wave of registered members leaves some time after T0 (the steady profile: anywhere).</summary>
    private int Leaves(int members, List<ModelEvent> events)
    {
        var count = Math.Min(members, (int)Math.Round(members * _f.LeaveShare * (0.5 + random.NextDouble())));
        var centre = Math.Min(0.97, _profile.T0 + (1 - _profile.T0) * (0.1 + 0.8 * random.NextDouble()));
        var order = Enumerable.Range(0, members).ToArray();
        for (var j = 0; j < count; j++)
        {
            var k = random.Next(j, members);
            (order[j], order[k]) = (order[k], order[j]);
            events.Add(new ModelEvent(At(centre + 0.01 * random.NextDouble()), ModelKind.Leave, index, order[j], 0));
        }
        return count;
    }

    private long At(double fraction) => Clamp((long)(fraction * duration));

    private long Clamp(long at) => Math.Clamp(at, 0, duration - 1);
}
