using LiveRoom.Domain.Playbooks;
using LiveRoom.Domain.Timeline;
using LiveRoom.Grains.Announcements;
using LiveRoom.Grains.Ingestion;
using LiveRoom.Grains.Launches;
using LiveRoom.Grains.Shared;
using LiveRoom.Grains.Timeline;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Concurrency;

namespace LiveRoom.Grains.Playbooks;

/// <summary>
/// An incident and its run. The step engine decides, this grain does: it executes one step at a
/// time in a pump loop, persists after each, and appends every action to the incident's own
/// timeline and, in the same call, the launch's. Reentrant so a handler's view, choice or note is
/// never stuck behind a slow webhook; every state change happens inside one turn, and one pump
/// loop at most runs. While the run is going by itself (a step executing, or a wait step), an
/// Orleans reminder keeps it alive across restarts: it brings the grain back, which resumes the
/// run, and is removed once the run waits for a person or is over.
/// </summary>
[Reentrant]
public sealed class IncidentGrain(
    [PersistentState("incident", StorageNames.Default)] IPersistentState<IncidentView> store,
    IPlaybookEffects effects,
    PlaybookNotifier notifier,
    IOptions<OutboxOptions> outbox,
    Orleans.Serialization.DeepCopier copier,
    TimeProvider clock,
    ILogger<IncidentGrain> logger) : Grain, IIncidentGrain, IRemindable
{
    private const string ReminderName = "incident-run";
    /// <summary>Reminders fire at most once a minute; the due time aims the first firing at the wait's end.</summary>
    private static readonly TimeSpan ReminderPeriod = TimeSpan.FromMinutes(1);

    /// <summary>The reminder's due time as last registered, or null when there is none; unknown right after activation.</summary>
    private DateTimeOffset? _reminderAt;
    private bool _reminderKnown;
    private Task _reminderSync = Task.CompletedTask;
    /// <summary>How often the incident asks the outbox about its broadcasts while deliveries are in flight.</summary>
    public static readonly TimeSpan DeliveryRefresh = TimeSpan.FromSeconds(1);

    private IGrainTimer? _deliveryTimer;
    private IncidentObservers _observers = null!;
    private bool _pushing;
    private bool _pushDue;
    private Task? _refreshing;
    private DateTimeOffset _refreshedAt = DateTimeOffset.MinValue;
    private WriteCoalescer _writer = null!;
    private bool _pumping;
    private bool _kick;
    private IGrainTimer? _wake;
    private Task _appended = Task.CompletedTask;

    private IncidentView State => store.State;
    private RunEngine Engine => new(State.Run);
    private bool Started => State.Id.Length > 0;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _observers = new IncidentObservers(TimeSpan.FromMinutes(1), clock);
        _writer = new WriteCoalescer(WriteAndPush);
        if (Started && !State.Run.IsOver)
        {
            Engine.Interrupted();
            Pump();
        }
        if (Started) FollowDeliveries();
        return Task.CompletedTask;
    }

    public async Task Start(string incidentId, TriggerRequest request)
    {
        if (Started) return;
        var now = clock.GetUtcNow();
        State.Id = incidentId;
        State.LaunchId = this.GetPrimaryKeyString().Split('/')[0];
        State.PlaybookId = request.Playbook.Id;
        State.PlaybookName = request.Playbook.Name;
        State.Scope = request.Scope;
        State.SkuId = request.SkuId;
        State.TriggeredBy = request.Actor;
        State.TriggeredAt = now;
        State.GroupIds = request.GroupIds;
        State.Run = RunState.Start(request.Plan);
        var entry = Entry(TimelineKind.Incident, "incident.triggered", request.Actor,
            $"触发预案「{request.Playbook.Name}」（{request.Scope}，{request.GroupIds.Count} 个群）", request.GroupIds);
        var recorded = Record(entry);
        // The first messages go out while the incident is being written: a crash before the write
        // makes the caller retry, which re-runs the same attempt with the same idempotency key.
        Pump();
        await recorded;
        await SyncReminder();
    }

    public Task ReceiveReminder(string reminderName, TickStatus status)
    {
        // Activation already resumed an interrupted run; a live activation just looks again.
        if (Started && !State.Run.IsOver) Pump();
        return SyncReminder();
    }

    /// <summary>
    /// Registers the reminder while the run goes on by itself (running, or waiting for the clock)
    /// and removes it once the run waits for a person, has failed or is over. Calls are chained, so
    /// the last decision wins even when the pump and a handler's action ask at the same time.
    /// </summary>
    private Task SyncReminder() => _reminderSync = SyncAfter(_reminderSync);

    private async Task SyncAfter(Task previous)
    {
        try
        {
            await previous;
        }
        catch
        {
            // Reported to its own caller; this one decides afresh.
        }
        var run = State.Run;
        var now = clock.GetUtcNow();
        DateTimeOffset? wanted = !Started || run.IsOver ? null
            : Engine.WakeUpAt is { } wake ? wake
            : run.Status == RunStatus.Running ? now + ReminderPeriod
            : null;
        if (_reminderKnown && wanted == _reminderAt) return;
        try
        {
            if (wanted is { } at)
            {
                var due = at - now;
                await this.RegisterOrUpdateReminder(ReminderName, due < TimeSpan.FromSeconds(1) ? TimeSpan.FromSeconds(1) : due, ReminderPeriod);
            }
            else if (await this.GetReminder(ReminderName) is { } reminder)
            {
                await this.UnregisterReminder(reminder);
            }
            (_reminderAt, _reminderKnown) = (wanted, true);
        }
        catch (Exception ex)
        {
            // The run itself goes on (timers, callers); only its wake-up after a crash is at risk. Tried again at the next change.
            _reminderKnown = false;
            logger.LogWarning(ex, "Incident {Incident} could not update its reminder", this.GetPrimaryKeyString());
        }
    }

    public Task Subscribe(IIncidentObserver observer)
    {
        _observers.Subscribe(observer);
        return Task.CompletedTask;
    }

    public Task Unsubscribe(IIncidentObserver observer)
    {
        _observers.Unsubscribe(observer);
        return Task.CompletedTask;
    }

    /// <summary>
    /// Every change is written, then pushed to the watching nodes: what a viewer sees is durable.
    /// Pushes do not queue up: while one is out, later changes make one more push of the newest state.
    /// </summary>
    private async Task WriteAndPush()
    {
        State.Version++;
        await store.WriteStateAsync();
        if (!_observers.Any) return;
        _pushDue = true;
        if (!_pushing) _ = PushLoop(); // writers never wait for a slow viewer
    }

    private async Task PushLoop()
    {
        _pushing = true;
        try
        {
            while (_pushDue)
            {
                _pushDue = false;
                // A copy taken in this turn: the state keeps changing while the push is serialized.
                await _observers.Push(copier.Copy(State));
            }
        }
        finally
        {
            _pushing = false;
        }
    }

    public async Task<IncidentView?> GetView()
    {
        if (!Started) return null;
        // A reader also brings dead letters that were resent since up to date (the timer only
        // follows deliveries still in flight); at most once per refresh interval.
        if (clock.GetUtcNow() - _refreshedAt >= DeliveryRefresh && OutboxFollow.Steps(State.Run, OutboxFollow.Open).Count > 0)
            await RefreshDeliveries();
        return State;
    }

    public async Task<bool> Abort(string actor)
    {
        if (!Started || !Engine.Abort(clock.GetUtcNow())) return false;
        await Record(Entry(TimelineKind.Playbook, "playbook.aborted", actor, $"中止预案「{State.PlaybookName}」"));
        await SyncReminder();
        return true;
    }

    public async Task<bool> Choose(int step, FailureChoice choice, string actor)
    {
        if (!Started || !Engine.Choose(step, choice, actor, clock.GetUtcNow())) return false;
        var action = choice switch { FailureChoice.Retry => "playbook.step_retried", FailureChoice.Skip => "playbook.step_skipped", _ => "playbook.aborted" };
        var verb = choice switch { FailureChoice.Retry => "重试", FailureChoice.Skip => "跳过", _ => "中止预案于" };
        await Record(Entry(TimelineKind.Playbook, action, actor, $"{verb}步骤 {step + 1}「{State.Run.Plan[step].Title}」"));
        Pump();
        return true;
    }

    public async Task<bool> Acknowledge(int step, IReadOnlyList<string> roles, string actor)
    {
        if (!Started || !Engine.Acknowledge(step, roles, actor, clock.GetUtcNow())) return false;
        await Record(Entry(TimelineKind.Playbook, "playbook.acknowledged", actor, $"确认步骤 {step + 1}「{State.Run.Plan[step].Title}」"));
        Pump();
        return true;
    }

    public async Task<bool> Check(int step, string actor)
    {
        if (!Started || !Engine.Check(step, actor, clock.GetUtcNow())) return false;
        await Record(Entry(TimelineKind.Playbook, "playbook.checked", actor, $"完成检查项 {step + 1}「{State.Run.Plan[step].Title}」"));
        Pump();
        return true;
    }

    public async Task<IncidentUpdate> Update(IncidentChange change)
    {
        if (!Started) return new IncidentUpdate(false);
        if (change.Status is { } wanted && IncidentStatusFlow.Refusal(State.Status, wanted) is { } refusal) return new IncidentUpdate(false, refusal);
        var now = clock.GetUtcNow();
        var entries = new List<TimelineEntry>();
        if (change.Owner is { } owner && owner != State.Owner)
        {
            State.Owner = owner.Length == 0 ? null : owner;
            entries.Add(Entry(TimelineKind.Incident, "incident.owner", change.Actor, $"负责人：{(owner.Length == 0 ? "无" : owner)}"));
        }
        if (!string.IsNullOrWhiteSpace(change.Note))
        {
            State.Notes.Add(new IncidentNote(now, change.Actor, change.Note.Trim()));
            entries.Add(Entry(TimelineKind.Incident, "incident.note", change.Actor, change.Note.Trim()));
        }
        if (change.Status is { } status && status != State.Status)
        {
            State.Status = status;
            if (status == IncidentStatus.Resolved)
            {
                State.ResolvedAt = now;
                // A resolved incident has nothing left to do: an unfinished run stops here.
                Engine.Abort(now);
            }
            entries.Add(Entry(TimelineKind.Incident, $"incident.{status.ToString().ToLowerInvariant()}", change.Actor, $"事件状态：{status switch { IncidentStatus.Resolved => "已解决", IncidentStatus.Mitigating => "处置中", _ => "已触发" }}"));
        }
        if (entries.Count == 0) return new IncidentUpdate(false);
        await Record([.. entries]);
        await SyncReminder();
        return new IncidentUpdate(true);
    }

    public async Task ReportDeliveries(int step, IReadOnlyList<GroupDelivery> deliveries)
    {
        if (!Started || Engine.ReportDeliveries(step, deliveries.Select(d => (d.GroupId, d.Status))) == 0) return;
        await _writer.WriteAsync();
    }

    /// <summary>
    /// Reads the outbox rows of the run's broadcasts and moves each group's status along (queued →
    /// delivered / retrying / dead-lettered). Concurrent callers share one refresh.
    /// </summary>
    private Task RefreshDeliveries() => _refreshing is { IsCompleted: false } running ? running : _refreshing = RefreshOnce();

    private async Task RefreshOnce()
    {
        try
        {
            var steps = OutboxFollow.Steps(State.Run, OutboxFollow.Open);
            if (steps.Count == 0) return;
            var ids = steps.SelectMany(s => s.Broadcasts).Distinct().ToList();
            var partitions = new AnnouncementFanout(GrainFactory, outbox.Value.Partitions).All(State.LaunchId);
            var rows = (await Task.WhenAll(partitions.Select(p => p.GetDeliveriesOf(ids)))).SelectMany(r => r).ToList();
            _refreshedAt = clock.GetUtcNow();
            var changed = 0;
            foreach (var (step, broadcasts) in steps)
                changed += Engine.ReportDeliveries(step, rows.Where(r => broadcasts.Contains(r.AnnouncementId)).Select(r => (r.GroupId, OutboxFollow.ToStep(r.Status))));
            if (changed > 0) await _writer.WriteAsync();
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Incident {Incident} could not read its deliveries; trying again", this.GetPrimaryKeyString());
        }
        finally
        {
            FollowDeliveries();
        }
    }

    /// <summary>Keeps a timer on while any broadcast of the run is in flight in the outbox, and only then.</summary>
    private void FollowDeliveries()
    {
        var inFlight = OutboxFollow.Steps(State.Run, OutboxFollow.InFlight).Count > 0;
        if (inFlight && _deliveryTimer is null)
            _deliveryTimer = this.RegisterGrainTimer(_ => RefreshDeliveries(),
                new GrainTimerCreationOptions { DueTime = DeliveryRefresh, Period = DeliveryRefresh, KeepAlive = true });
        else if (!inFlight && _deliveryTimer is not null)
        {
            _deliveryTimer.Dispose();
            _deliveryTimer = null;
        }
    }

    private void Pump()
    {
        _kick = true;
        if (_pumping) return;
        _pumping = true;
        _ = PumpLoop();
    }

    private async Task PumpLoop()
    {
        try
        {
            do
            {
                _kick = false;
                while (Engine.Next(clock.GetUtcNow()) is { } step)
                {
                    if (State.Status == IncidentStatus.Triggered)
                    {
                        State.Status = IncidentStatus.Mitigating;
                        await Record(Entry(TimelineKind.Incident, "incident.mitigating", TimelineActors.System, $"开始处置「{State.PlaybookName}」"));
                    }
                    await Execute(step);
                }
            } while (_kick);
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Incident {Incident} stopped pumping", this.GetPrimaryKeyString());
        }
        finally
        {
            _pumping = false;
        }
        ScheduleWake(Engine.WakeUpAt);
        FollowDeliveries();
        await _writer.WriteAsync();
        await SyncReminder();
    }

    private async Task Execute(PlannedStep step)
    {
        var engine = Engine;
        var attempt = $"{State.Id}/{step.Index}/{State.Run.Steps[step.Index].Attempts}";
        string? error = null;
        IReadOnlyList<string>? failedGroups = null;
        var sent = 0;
        try
        {
            switch (step.Kind)
            {
                case StepKind.Announce or StepKind.Cue:
                    var unsent = engine.Unsent(step);
                    var dispatch = new PlaybookDispatch
                    {
                        LaunchId = State.LaunchId, IncidentId = State.Id, StepIndex = step.Index, Actor = State.TriggeredBy,
                        IdempotencyKey = attempt, CueKind = step.CueKind, Messages = unsent,
                    };
                    var receipt = step.Kind == StepKind.Announce ? await effects.Announce(dispatch) : await effects.Cue(dispatch);
                    // The announcement id of this attempt: its outbox rows are this step's delivery from here on.
                    if (step.Kind == StepKind.Announce && receipt.RefId is { } broadcast && !State.Run.Steps[step.Index].Broadcasts.Contains(broadcast))
                        State.Run.Steps[step.Index].Broadcasts.Add(broadcast);
                    sent = unsent.Count - receipt.FailedGroups.Count;
                    if (sent > 0) State.FirstQueuedAt ??= clock.GetUtcNow();
                    if (receipt.Error is not null || receipt.FailedGroups.Count > 0)
                    {
                        error = receipt.Error ?? $"{receipt.FailedGroups.Count} groups not queued";
                        failedGroups = receipt.FailedGroups.Count > 0 ? receipt.FailedGroups : null;
                    }
                    break;
                case StepKind.PauseAnnouncements:
                    await effects.PauseAnnouncements(State.LaunchId, State.TriggeredBy, $"预案「{State.PlaybookName}」");
                    break;
                case StepKind.ResumeAnnouncements:
                    await effects.ResumeAnnouncements(State.LaunchId, State.TriggeredBy);
                    break;
                case StepKind.PauseSku:
                    if (!await Launch.SetSkuPaused(step.SkuId!, step.Paused)) error = $"the launch has no SKU '{step.SkuId}'";
                    break;
                case StepKind.SwapLink:
                    var definition = await Launch.GetDefinition() ?? throw new InvalidOperationException("the launch does not exist");
                    await Launch.Save(definition with { SaleLink = step.Link });
                    break;
                case StepKind.Notify:
                    error = await notifier.Send(step.Target!, new NotifyMessage(State.LaunchId, State.Id, State.PlaybookName, step.Text ?? "", State.TriggeredBy, clock.GetUtcNow()), attempt);
                    break;
            }
        }
        catch (Exception ex)
        {
            error = ex.Message;
        }

        var now = clock.GetUtcNow();
        var groups = step.Kind.SendsToGroups() ? step.Messages.Select(m => m.GroupId).ToList() : [];
        var title = $"「{State.PlaybookName}」步骤 {step.Index + 1}「{step.Title}」";
        if (error is null)
        {
            engine.Succeeded(step.Index, now);
            await Record(Entry(TimelineKind.Playbook, "playbook.step_done", State.TriggeredBy, step.Kind.SendsToGroups() ? $"{title}：已排队 {sent} 个群" : $"{title}：完成", groups));
        }
        else
        {
            engine.Failed(step.Index, error, now, failedGroups);
            await Record(Entry(TimelineKind.Playbook, "playbook.step_failed", State.TriggeredBy, $"{title}失败：{error}", failedGroups ?? groups));
        }
    }

    private ILaunchGrain Launch => GrainFactory.GetGrain<ILaunchGrain>(State.LaunchId);

    private void ScheduleWake(DateTimeOffset? at)
    {
        _wake?.Dispose();
        _wake = null;
        if (at is not { } when) return;
        var due = when - clock.GetUtcNow();
        _wake = this.RegisterGrainTimer(_ =>
        {
            Pump();
            return Task.CompletedTask;
        }, new GrainTimerCreationOptions { DueTime = due < TimeSpan.Zero ? TimeSpan.Zero : due, Period = Timeout.InfiniteTimeSpan, KeepAlive = true });
    }

    private TimelineEntry Entry(TimelineKind kind, string action, string actor, string summary, IReadOnlyList<string>? groups = null) => new()
    {
        At = clock.GetUtcNow(), Kind = kind, Actor = actor, Action = action, Summary = summary, GroupIds = groups ?? [], RefId = State.Id,
    };

    /// <summary>
    /// Durable in the incident first, then one append to the launch timeline for the action. Appends
    /// are chained so the launch timeline gets them in the incident's order, even when the pump and
    /// a handler's action record at the same time.
    /// </summary>
    private Task Record(params TimelineEntry[] entries)
    {
        State.Timeline.AddRange(entries);
        return _appended = AppendAfter(_appended, _writer.WriteAsync(), entries);
    }

    private async Task AppendAfter(Task previous, Task written, TimelineEntry[] entries)
    {
        try
        {
            await previous;
        }
        catch
        {
            // An earlier append's failure was reported to its own caller.
        }
        await written;
        await GrainFactory.GetGrain<ILaunchTimelineGrain>(State.LaunchId).Append(entries);
    }
}
