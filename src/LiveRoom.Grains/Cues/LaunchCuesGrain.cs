using LiveRoom.Domain.Cues;
using LiveRoom.Domain.Groups;
using LiveRoom.Domain.Timeline;
using LiveRoom.Grains.Groups;
using LiveRoom.Grains.Ingestion;
using LiveRoom.Grains.Launches;
using LiveRoom.Grains.Shared;
using LiveRoom.Grains.Timeline;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Concurrency;

namespace LiveRoom.Grains.Cues;

/// <summary>
/// A launch's cues: lifecycle, escalation and expiry on its tick, rules, member links. Reentrant with
/// one coalesced write, like the timeline: acknowledgements and issues that arrive during a write
/// share the next one, and each is durable before it returns. Timeline entries are batched per tick.
/// </summary>
[Reentrant]
public sealed class LaunchCuesGrain(
    [PersistentState("cues", StorageNames.Default)] IPersistentState<LaunchCuesState> store,
    IOptions<PipelineOptions> options,
    TimeProvider clock,
    ILogger<LaunchCuesGrain> logger) : Grain, ILaunchCuesGrain
{
    private static readonly TimeSpan GroupsMaxAge = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan EffectMaxAge = TimeSpan.FromSeconds(15);

    private readonly CueTimeline _timeline = new();
    private WriteCoalescer _writer = null!;
    private CueRuleSet _rules = CueRuleSet.Default;
    private bool _dirty;
    private (LaunchContext? Context, DateTimeOffset At) _launch;
    private (Dictionary<string, GroupRegistration> Groups, DateTimeOffset At)? _groups;
    private (int Minutes, IReadOnlyList<CueEffect> Effects, DateTimeOffset At)? _effects;

    private string LaunchId => this.GetPrimaryKeyString();
    private CueBook Book => store.State.Book;
    private ILaunchTimelineGrain Timeline => GrainFactory.GetGrain<ILaunchTimelineGrain>(LaunchId);

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _writer = new WriteCoalescer(() => store.WriteStateAsync());
        if (store.State.RulesJson is { } json) _rules = CueRuleSet.Load(json, out _) ?? CueRuleSet.Default;
        this.RegisterGrainTimer(Tick, options.Value.TickInterval, options.Value.TickInterval);
        return Task.CompletedTask;
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        try
        {
            await FlushTimeline();
            if (_dirty) await _writer.WriteAsync();
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Cues of {Launch} not flushed at deactivation", LaunchId);
        }
    }

    public async Task Issue(IReadOnlyList<Cue> cues)
    {
        var added = Book.Add(cues, TimelineActors.System);
        if (added.Count == 0) return;
        _timeline.Issued(added, await Groups());
        await Write();
    }

    public async Task<ManualCueReceipt> IssueManual(ManualCueRequest request)
    {
        var errors = request.Validate();
        if (!errors.IsValid) throw new ArgumentException(errors.ToString(), nameof(request));
        if (store.State.Manual.TryGetValue(request.IdempotencyKey, out var earlier)) return earlier with { Duplicate = true };

        var groups = await Groups(refresh: true);
        var known = request.GroupIds.Distinct().Where(groups.ContainsKey).Select(id => groups[id]).ToList();
        var unknown = request.GroupIds.Distinct().Where(id => !groups.ContainsKey(id)).ToList();
        var context = await LaunchContextAsync() ?? throw new InvalidOperationException($"Launch '{LaunchId}' does not exist.");
        var cues = ManualCues.Build(request, known, context, clock.GetUtcNow());
        var added = Book.Add(cues, request.Actor);
        var receipt = new ManualCueReceipt { CueIds = cues.Select(c => c.Id).ToList(), UnknownGroups = unknown };
        store.State.RememberManual(request.IdempotencyKey, receipt);
        await Write();
        // An operator action: on the timeline before the caller hears it was done.
        await Append(CueTimeline.Manual(request, added, clock.GetUtcNow()));
        return receipt;
    }

    public async Task<CueEvaluationContext> GetEvaluationContext() =>
        new(store.State.RulesJson, store.State.RulesVersion, await LaunchContextAsync());

    public Task<string?> GetRules() => Task.FromResult(store.State.RulesJson);

    public async Task SetRules(string? json, string actor)
    {
        var rules = CueRuleSet.Default;
        if (json is not null)
            rules = CueRuleSet.Load(json, out var errors) ?? throw new ArgumentException(errors.ToString(), nameof(json));
        _rules = rules;
        store.State.RulesJson = json;
        store.State.RulesVersion++;
        await Write();
        await Append(CueTimeline.RulesSet(actor, json is null ? null : rules.Rules.Count, clock.GetUtcNow()));
    }

    public Task<CueBoardView> GetBoard(CueBoardQuery query)
    {
        var counts = Enum.GetValues<CueStatus>().ToDictionary(s => s, _ => 0);
        int escalated = 0, alerts = 0, matching = 0;
        var rows = new List<CueRecord>();
        var max = Math.Clamp(query.Max, 0, CueBoardQuery.MaxRows);
        foreach (var r in Book.NewestFirst())
        {
            counts[r.Status]++;
            if (r.Status.IsOpen() && r.Escalated) escalated++;
            if (r.Status.IsOpen() && r.Cue.AlertOperator) alerts++;
            if (!query.Matches(r)) continue;
            matching++;
            if (rows.Count < max) rows.Add(r);
        }
        return Task.FromResult(new CueBoardView { Counts = counts, EscalatedOpen = escalated, AlertsOpen = alerts, Rows = rows, Matching = matching });
    }

    public async Task<IReadOnlyList<CueEffect>> GetEffectiveness(int minutes)
    {
        minutes = Math.Clamp(minutes, 1, 60);
        var now = clock.GetUtcNow();
        if (_effects is { } cached && cached.Minutes == minutes && now - cached.At < EffectMaxAge) return cached.Effects;
        // The most recent measurable cues only: one group read per distinct group, bounded.
        var measured = CueEffects.Measurable(Book.NewestFirst(), minutes, now);
        var series = new Dictionary<string, Domain.Shared.MinuteSeries>(StringComparer.Ordinal);
        foreach (var groupId in measured.Select(r => r.Cue.GroupId).Distinct())
        {
            var detail = await GrainFactory.GetGrain<IGroupGrain>(GroupKey.Of(LaunchId, groupId)).GetDetail();
            series[groupId] = CueEffects.SeriesOf(detail.Series);
        }
        var effects = CueEffects.Measure(measured, g => series.GetValueOrDefault(g), minutes, now);
        _effects = (minutes, effects, now);
        return effects;
    }

    public async Task<IReadOnlyList<MemberCue>> GetMemberCues(string person)
    {
        var open = Book.OpenFor(person, clock.GetUtcNow(), out var delivered);
        if (delivered) _dirty = true; // delivery is informative: written on the tick, not before answering
        var groups = await Groups();
        return open.Select(r => MemberCue.Of(r, groups.GetValueOrDefault(r.Cue.GroupId)?.Name, person)).ToList();
    }

    public Task<CueActionResult> Acknowledge(string person, string cueId) => Act(person, cueId, acknowledge: true);

    public Task<CueActionResult> Complete(string person, string cueId) => Act(person, cueId, acknowledge: false);

    public Task<IReadOnlyList<MemberLinkInfo>> GetLinks() =>
        Task.FromResult<IReadOnlyList<MemberLinkInfo>>(store.State.Links.Values.OrderBy(l => l.Person, StringComparer.Ordinal).ToList());

    public async Task<string> RotateLink(string person, string actor)
    {
        if (store.State.Links.TryGetValue(person, out var old) && old.Active)
            await GrainFactory.GetGrain<IMemberLinkGrain>(old.TokenHash).Revoke();
        var token = MemberTokens.New();
        var hash = MemberTokens.Hash(token);
        await GrainFactory.GetGrain<IMemberLinkGrain>(hash).Bind(LaunchId, person);
        store.State.Links[person] = new MemberLinkInfo(person, hash, clock.GetUtcNow(), actor, null);
        await Write();
        await Append(CueTimeline.Link(old is null ? TimelineActions.CueLinkIssued : TimelineActions.CueLinkRotated, actor, person, clock.GetUtcNow()));
        return token;
    }

    public async Task<bool> RevokeLink(string person, string actor)
    {
        if (!store.State.Links.TryGetValue(person, out var link) || !link.Active) return false;
        await GrainFactory.GetGrain<IMemberLinkGrain>(link.TokenHash).Revoke();
        store.State.Links[person] = link with { RevokedAt = clock.GetUtcNow() };
        await Write();
        await Append(CueTimeline.Link(TimelineActions.CueLinkRevoked, actor, person, clock.GetUtcNow()));
        return true;
    }

    private async Task<CueActionResult> Act(string person, string cueId, bool acknowledge)
    {
        var now = clock.GetUtcNow();
        var result = acknowledge ? Book.Acknowledge(cueId, person, now) : Book.Complete(cueId, person, now);
        if (result != CueActionResult.Changed) return result;
        _timeline.Acted(Book.Find(cueId)!, person, acknowledge);
        await Write();
        return result;
    }

    private async Task Tick()
    {
        if (Book.Count > 0) await Groups(); // owners to escalate to
        var (escalated, expired) = Book.Advance(clock.GetUtcNow(), _rules.Timings, OwnerOf);
        if (escalated.Count > 0 || expired.Count > 0)
        {
            _timeline.Escalated(escalated, expired);
            _dirty = true;
        }
        await FlushTimeline();
        if (_dirty) await Write();
    }

    private async Task FlushTimeline()
    {
        var entries = _timeline.Take(clock.GetUtcNow());
        if (entries.Count > 0) await Timeline.Append(entries);
    }

    private string? OwnerOf(string groupId) => _groups?.Groups.GetValueOrDefault(groupId)?.Owner;

    /// <summary>The whole book is written: durable storage only, else at deactivation (see <see cref="PipelineOptions.DurableStorage"/>).</summary>
    private Task Write()
    {
        if (!options.Value.DurableStorage)
        {
            _dirty = true;
            return Task.CompletedTask;
        }
        _dirty = false;
        return _writer.WriteAsync();
    }

    private Task Append(TimelineEntry entry) => Timeline.Append([entry]);

    private async Task<LaunchContext?> LaunchContextAsync()
    {
        var now = clock.GetUtcNow();
        if (_launch.Context is not null && now - _launch.At < options.Value.TickInterval) return _launch.Context;
        _launch = (await GrainFactory.GetGrain<ILaunchGrain>(LaunchId).GetCueContext(), now);
        return _launch.Context;
    }

    private async Task<Dictionary<string, GroupRegistration>> Groups(bool refresh = false)
    {
        var now = clock.GetUtcNow();
        if (!refresh && _groups is { } g && now - g.At < GroupsMaxAge) return g.Groups;
        var groups = (await GrainFactory.GetGrain<ILaunchGrain>(LaunchId).GetGroups()).ToDictionary(x => x.Id, StringComparer.Ordinal);
        _groups = (groups, now);
        return groups;
    }
}
