using LiveRoom.Domain.Groups;
using LiveRoom.Domain.Ingestion;
using LiveRoom.Domain.Launches;
using LiveRoom.Grains.Announcements;
using LiveRoom.Grains.Groups;
using LiveRoom.Grains.Ingestion;
using LiveRoom.Grains.Shared;
using LiveRoom.Grains.Timeline;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LiveRoom.Grains.Launches;

/// <summary>
/// A launch: setup (written at once: operator actions are durable), and the board, which group
/// reports feed and which is written on a timer. On every tick with changes it pushes one update
/// to the observers (the web nodes), which fan it out to dashboards.
/// </summary>
public sealed class LaunchGrain(
    [PersistentState("launch", StorageNames.Default)] IPersistentState<LaunchSetup> setup,
    [PersistentState("board", StorageNames.Default)] IPersistentState<LaunchBoardState> boardStore,
    IOptions<PipelineOptions> options,
    TimeProvider clock,
    ILogger<LaunchGrain> logger) : Grain, ILaunchGrain
{
    private readonly ExpiringObservers<ILaunchObserver> _observers = new(TimeSpan.FromMinutes(1), clock);
    private LaunchBoard _board = null!;
    /// <summary>Which groups the timeline calls silent: the board's flag with hysteresis.</summary>
    private SilenceAlerts _silence = null!;
    /// <summary>The SKUs of the last update: a tick without changes still records a group's silence (after its margin) against them.</summary>
    private IReadOnlyList<SkuInventory>? _lastSkus;
    private bool _setupChanged;
    private bool _boardDirty;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _board = new LaunchBoard(boardStore.State, clock, options.Value.GroupRowInterval) { PausedSkus = setup.State.PausedSkus };
        _board.ContinueSequenceFrom(clock.GetUtcNow());
        _silence = new SilenceAlerts(options.Value.Silence);
        _silence.RestoreRecorded(boardStore.State.RecordedAlerts, MessagesOf);
        this.RegisterGrainTimer(Tick, options.Value.TickInterval, options.Value.TickInterval);
        if (options.Value.DurableStorage)
            this.RegisterGrainTimer(PersistBoard, options.Value.PersistInterval, options.Value.PersistInterval);
        // A stored board may be up to one persist interval old; the groups hold the truth.
        return boardStore.RecordExists ? Resync() : Task.CompletedTask;
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        try
        {
            await PersistBoard();
        }
        catch (Exception ex) when (reason.ReasonCode == DeactivationReasonCode.ShuttingDown)
        {
            // In-memory storage is gone by the time a shutting-down silo deactivates its grains.
            logger.LogDebug(ex, "Board not written at shutdown");
        }
    }

    public Task Resync()
    {
        foreach (var groupId in setup.State.Groups.Keys)
            GrainFactory.GetGrain<IGroupGrain>(GroupKey.Of(this.GetPrimaryKeyString(), groupId)).Resync();
        return Task.CompletedTask;
    }

    public Task<LaunchDefinition?> GetDefinition() => Task.FromResult(setup.State.Definition);

    public async Task<LaunchDefinition> Save(LaunchDefinition definition)
    {
        var now = clock.GetUtcNow();
        var moved = setup.State.Definition is { } before && (before.StartsAt != definition.StartsAt || before.EndsAt != definition.EndsAt);
        var saved = definition with
        {
            Id = this.GetPrimaryKeyString(),
            CreatedAt = setup.State.Definition?.CreatedAt ?? now,
            UpdatedAt = now,
        };
        setup.State.Definition = saved;
        setup.State.Keys ??= IngestKeys.Generate();
        await WriteSetup();
        await GrainFactory.GetGrain<ILaunchIndexGrain>(0)
            .Upsert(new LaunchSummary(saved.Id, saved.Name, saved.StartsAt, saved.EndsAt, saved.TimeZone));
        // Moving T0 re-plans pending announcements now, not at the next reminder (one-way: it calls back).
        if (moved) GrainFactory.GetGrain<ILaunchAnnouncementsGrain>(saved.Id).Replan().Ignore();
        return saved;
    }

    public async Task<LaunchDefinition> SetPhaseOverride(LaunchPhase? phase)
    {
        var definition = Required() with { PhaseOverride = phase, UpdatedAt = clock.GetUtcNow() };
        setup.State.Definition = definition;
        await WriteSetup();
        return definition;
    }

    public async Task<bool> SetSkuPaused(string skuId, bool paused)
    {
        if (Required().Skus.All(s => s.Id != skuId)) return false;
        if (paused ? setup.State.PausedSkus.Add(skuId) : setup.State.PausedSkus.Remove(skuId)) await WriteSetup();
        return true;
    }

    public Task<IngestKeys?> GetKeys() => Task.FromResult(setup.State.Keys);

    public async Task<IngestKeys> RotateKeys()
    {
        Required();
        setup.State.Keys = IngestKeys.Generate();
        await WriteSetup();
        return setup.State.Keys;
    }

    public async Task<IngestKeys> RevokeKeys(bool server, bool beacon)
    {
        Required();
        setup.State.Keys = (setup.State.Keys ?? IngestKeys.Generate()).Revoke(server, beacon);
        await WriteSetup();
        return setup.State.Keys;
    }

    public Task<LaunchCatalog?> GetCatalog() => Task.FromResult(setup.State.Catalog());

    public async Task<int> RegisterGroups(IReadOnlyList<GroupRegistration> groups)
    {
        Required();
        var changed = setup.State.Register(groups);
        await WriteSetup();
        NotifyReregistered(changed);
        return setup.State.Groups.Count;
    }

    /// <summary>
    /// A running group reads its registration on activation only, so seeded members, assistants or an
    /// owner added mid-launch would get no cues until it restarted. Groups that have reported (the ones
    /// that can be running) are told one-way, after the setup is stored; groups that never ran would
    /// only be woken for nothing and read the stored registration when they start.
    /// </summary>
    private void NotifyReregistered(List<GroupRegistration> changed)
    {
        var launchId = this.GetPrimaryKeyString();
        foreach (var g in changed)
        {
            if (_board.State.Groups.ContainsKey(g.Id))
                _ = GrainFactory.GetGrain<IGroupGrain>(GroupKey.Of(launchId, g.Id)).Reregistered(g);
        }
    }

    public Task<IReadOnlyList<GroupRegistration>> GetGroups() =>
        Task.FromResult<IReadOnlyList<GroupRegistration>>(setup.State.Groups.Values.ToList());

    public Task<GroupRegistration?> GetGroup(string groupId) =>
        Task.FromResult(setup.State.Groups.GetValueOrDefault(groupId));

    public Task<GroupRegistration?> FindLinkedGroup(string platform, string platformId) =>
        Task.FromResult(setup.State.Linked(platform, platformId));

    public Task<LaunchSnapshot?> GetSnapshot() =>
        Task.FromResult(setup.State.Definition is { } d ? _board.Snapshot(d, setup.State.Groups) : null);

    public Task ApplyGroupReports(IReadOnlyList<GroupReport> reports)
    {
        foreach (var r in reports) _board.Apply(r);
        _boardDirty = true;
        return Task.CompletedTask;
    }

    public async Task<int> Restock(IReadOnlyList<LaunchEvent> restocks)
    {
        var duplicates = restocks.Count(r => !_board.Restock(r));
        if (duplicates < restocks.Count) await boardStore.WriteStateAsync();
        return duplicates;
    }

    public Task<LiveRoom.Domain.Cues.LaunchContext?> GetCueContext() =>
        Task.FromResult(setup.State.Definition is { } d ? LiveRoom.Domain.Cues.CueContextBuilder.Build(d, _board.State, clock.GetUtcNow()) : null);

    public Task Subscribe(ILaunchObserver observer)
    {
        // A new subscriber (a node that just started, or re-subscribing after this grain moved)
        // has missed earlier updates: the next one carries the whole board.
        if (_observers.Subscribe(observer)) _board.MarkAllChanged(setup.State.Groups.Keys);
        return Task.CompletedTask;
    }

    public Task Unsubscribe(ILaunchObserver observer)
    {
        _observers.Unsubscribe(observer);
        return Task.CompletedTask;
    }

    private async Task Tick()
    {
        if (setup.State.Definition is not { } d) return;
        var update = _board.NextUpdate(d, setup.State.Groups, _setupChanged);
        _setupChanged = false;
        if (update is not null)
        {
            await _observers.Push(o => o.OnUpdate(update));
            _lastSkus = update.Skus;
            await RecordAlerts(update.Skus, update.ServerTime);
        }
        else if (_silence.Pending && _lastSkus is { } skus)
        {
            await RecordAlerts(skus, clock.GetUtcNow());
        }
    }

    private int MessagesOf(string groupId) => boardStore.State.Groups.GetValueOrDefault(groupId)?.Messages ?? 0;

    /// <summary>Once per tick with changes (never per event): alerts raised or cleared since the last tick go to the timeline.</summary>
    private async Task RecordAlerts(IReadOnlyList<SkuInventory> skus, DateTimeOffset now)
    {
        var alerts = new BoardAlerts(boardStore.State.RecordedAlerts, _silence.RecordedAfter);
        var groups = setup.State.Groups;
        var silent = _silence.Update(_board.SilentGroups, MessagesOf, now);
        var entries = alerts.Changes(skus, silent, boardStore.State.Alerts, id => groups.GetValueOrDefault(id)?.Name ?? id, now, out var next);
        if (entries.Count == 0) return;
        try
        {
            await GrainFactory.GetGrain<ILaunchTimelineGrain>(this.GetPrimaryKeyString()).Append(entries);
            alerts.Commit(next);
            _boardDirty = true;
        }
        catch (Exception ex)
        {
            // Not committed: the next tick with changes tries the same entries again.
            logger.LogWarning(ex, "Board alerts of launch {LaunchId} not written to the timeline", this.GetPrimaryKeyString());
        }
    }

    private async Task PersistBoard()
    {
        if (!_boardDirty) return;
        _boardDirty = false;
        await boardStore.WriteStateAsync();
    }

    private async Task WriteSetup()
    {
        setup.State.Version++;
        _setupChanged = true;
        await setup.WriteStateAsync();
    }

    private LaunchDefinition Required() =>
        setup.State.Definition ?? throw new InvalidOperationException($"Launch '{this.GetPrimaryKeyString()}' does not exist.");
}
