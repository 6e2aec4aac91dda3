using LiveRoom.Domain.Playbooks;
using LiveRoom.Domain.Shared;
using LiveRoom.Domain.Timeline;
using LiveRoom.Grains.Announcements;
using LiveRoom.Grains.Ingestion;
using LiveRoom.Grains.Shared;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Concurrency;

namespace LiveRoom.Grains.Playbooks;

/// <summary>
/// An incident and its run, as a shell: <see cref="RunEngine"/> decides which step is next,
/// <see cref="StepExecutor"/> carries it out; this grain keeps them alive and durable. It runs one
/// step at a time in a pump loop, persists after each, and appends every action to the incident's
/// own timeline and, in the same call, the launch's. Reentrant so a handler's view, choice or note
/// is never stuck behind a slow webhook; every state change happens inside one turn, and one pump
/// loop at most runs. While the run goes on by itself (a step executing, or a wait step) a
/// <see cref="WakeUp"/> reminder keeps it alive across restarts: it brings the grain back, which
/// resumes the run; it is removed once the run waits for a person or is over.
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

    private WakeUp _wakeUp = null!;
    private ExpiringObservers<IIncidentObserver> _observers = null!;
    private IncidentDeliveries _deliveries = null!;
    private IncidentRecorder _recorder = null!;
    private WriteCoalescer _writer = null!;
    /// <summary>The pump loop runs; <see cref="_kick"/>: something changed while it ran, look again.</summary>
    private bool _pumping, _kick;

    private IncidentView State => store.State;
    private RunEngine Engine => new(State.Run);
    private bool Started => State.Id.Length > 0;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _wakeUp = new WakeUp(this, ReminderName, () => { Pump(); return Task.CompletedTask; }, clock, logger);
        _observers = new ExpiringObservers<IIncidentObserver>(TimeSpan.FromMinutes(1), clock);
        _writer = new WriteCoalescer(WriteAndPush);
        _deliveries = new IncidentDeliveries(this, () => State, new AnnouncementFanout(GrainFactory, outbox.Value.Partitions), _writer.WriteAsync, clock, logger);
        _recorder = new IncidentRecorder(() => State, _writer, GrainFactory, clock);
        if (Started && !State.Run.IsOver)
        {
            Engine.Interrupted();
            Pump();
        }
        if (Started) _deliveries.Follow();
        return Task.CompletedTask;
    }

    public async Task Start(string incidentId, TriggerRequest request)
    {
        if (Started) return;
        State.Id = incidentId;
        State.LaunchId = IncidentKey.Parse(this.GetPrimaryKeyString()).LaunchId;
        State.PlaybookId = request.Playbook.Id;
        State.PlaybookName = request.Playbook.Name;
        State.Scope = request.Scope;
        State.SkuId = request.SkuId;
        State.TriggeredBy = request.Actor;
        State.TriggeredAt = clock.GetUtcNow();
        State.GroupIds = request.GroupIds;
        State.Run = RunState.Start(request.Plan);
        var recorded = Record(Entry(TimelineKind.Incident, request.Actor, RunTexts.Triggered(request.Playbook.Name, request.Scope, request.GroupIds.Count), request.GroupIds));
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

    private Task SyncReminder() => _wakeUp.Backstop(Started ? Engine.LookAgainAt(clock.GetUtcNow(), WakeUp.Period) : null);

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

    /// <summary>Every change is written, then pushed to the watching nodes: what a viewer sees is durable.</summary>
    private async Task WriteAndPush()
    {
        State.Version++;
        await store.WriteStateAsync();
        _observers.PushLatest(() =>
        {
            var view = copier.Copy(State);
            return o => o.OnIncident(view);
        });
    }

    public async Task<IncidentView?> GetView()
    {
        if (!Started) return null;
        // A reader also brings dead letters that were resent since up to date (the timer only
        // follows deliveries still in flight); at most once per refresh interval.
        await _deliveries.RefreshIfStale();
        return State;
    }

    public async Task<bool> Abort(string actor)
    {
        if (!Started || !Engine.Abort(clock.GetUtcNow())) return false;
        await Record(Entry(TimelineKind.Playbook, actor, RunTexts.Aborted(State.PlaybookName)));
        await SyncReminder();
        return true;
    }

    public Task<bool> Choose(int step, FailureChoice choice, string actor) =>
        Act(Started && Engine.Choose(step, choice, actor, clock.GetUtcNow()), actor, () => RunTexts.Chosen(choice, State.PlaybookName, State.Run.Plan[step]));

    public Task<bool> Acknowledge(int step, IReadOnlyList<string> roles, string actor) =>
        Act(Started && Engine.Acknowledge(step, roles, actor, clock.GetUtcNow()), actor, () => RunTexts.Acknowledged(State.Run.Plan[step]));

    public Task<bool> Check(int step, string actor) =>
        Act(Started && Engine.Check(step, actor, clock.GetUtcNow()), actor, () => RunTexts.Checked(State.Run.Plan[step]));

    /// <summary>A person's action on the run: when the engine took it, recorded, and the run goes on.</summary>
    private async Task<bool> Act(bool applied, string actor, Func<ServerText> text)
    {
        if (!applied) return false;
        await Record(Entry(TimelineKind.Playbook, actor, text()));
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
            entries.Add(Entry(TimelineKind.Incident, change.Actor, RunTexts.Owner(owner)));
        }
        if (!string.IsNullOrWhiteSpace(change.Note))
        {
            // A note is the handler's own words: kept as written, with no text code.
            State.Notes.Add(new IncidentNote(now, change.Actor, change.Note.Trim()));
            entries.Add(Entry(TimelineKind.Incident, change.Actor, ServerText.Of("incident.note", ("note", change.Note.Trim()))) with { Summary = change.Note.Trim() });
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
            entries.Add(Entry(TimelineKind.Incident, change.Actor, RunTexts.Status(status.ToString(), State.PlaybookName)));
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
            var executor = new StepExecutor(State.Run, new RunSubject(State.LaunchId, State.Id, State.PlaybookName, State.TriggeredBy),
                new IncidentStepEffects(State, effects, notifier, GrainFactory, clock), clock);
            do
            {
                _kick = false;
                while (Engine.Next(clock.GetUtcNow()) is { } step)
                {
                    if (State.Status == IncidentStatus.Triggered)
                    {
                        State.Status = IncidentStatus.Mitigating;
                        await Record(Entry(TimelineKind.Incident, TimelineActors.System, RunTexts.Mitigating(State.PlaybookName)));
                    }
                    var report = await executor.Execute(step);
                    if (report.Sent > 0) State.FirstQueuedAt ??= clock.GetUtcNow();
                    await Record(Entry(TimelineKind.Playbook, State.TriggeredBy, report.Text, report.Groups));
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
        _wakeUp.Timer(Engine.WakeUpAt);
        _deliveries.Follow();
        await _writer.WriteAsync();
        await SyncReminder();
    }

    private TimelineEntry Entry(TimelineKind kind, string actor, ServerText text, IReadOnlyList<string>? groups = null) => _recorder.Entry(kind, actor, text, groups);

    private Task Record(params TimelineEntry[] entries) => _recorder.Record(entries);
}
