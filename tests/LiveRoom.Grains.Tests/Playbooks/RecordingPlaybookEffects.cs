using System.Collections.Concurrent;
using LiveRoom.Domain.Playbooks;
using LiveRoom.Grains.Playbooks;

namespace LiveRoom.Grains.Tests.Playbooks;

/// <summary>
/// For the step-engine tests and their fan-out measurement: records what
/// would be sent, with the time each group's message was handed over (the benchmark's "queued"),
/// and reports every group queued. Keeps the last <see cref="Capacity"/> records per process.
/// </summary>
public sealed class RecordingPlaybookEffects(TimeProvider clock) : IPlaybookEffects
{
    public const int Capacity = 100_000;

    private readonly ConcurrentQueue<Sent> _sent = new();
    private readonly ConcurrentDictionary<string, byte> _keys = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<(string LaunchId, string What, DateTimeOffset At)> _announcementSwitches = new();

    public sealed record Sent(string Effect, PlaybookDispatch Dispatch, GroupMessage Message, DateTimeOffset At);

    /// <summary>When set, the groups it returns fail (tests of the failure choices).</summary>
    public Func<PlaybookDispatch, IReadOnlyList<string>>? FailGroups { get; set; }

    public IEnumerable<Sent> SentTo(string launchId) => _sent.Where(s => s.Dispatch.LaunchId == launchId);

    public IEnumerable<(string What, DateTimeOffset At)> AnnouncementSwitches(string launchId) =>
        _announcementSwitches.Where(s => s.LaunchId == launchId).Select(s => (s.What, s.At));

    public Task<EffectReceipt> Announce(PlaybookDispatch dispatch) => Task.FromResult(Record("announce", dispatch));

    public Task<EffectReceipt> Cue(PlaybookDispatch dispatch) => Task.FromResult(Record("cue", dispatch));

    public Task PauseAnnouncements(string launchId, string actor, string reason)
    {
        _announcementSwitches.Enqueue((launchId, "pause", clock.GetUtcNow()));
        return Task.CompletedTask;
    }

    public Task ResumeAnnouncements(string launchId, string actor)
    {
        _announcementSwitches.Enqueue((launchId, "resume", clock.GetUtcNow()));
        return Task.CompletedTask;
    }

    private EffectReceipt Record(string effect, PlaybookDispatch dispatch)
    {
        var failed = FailGroups?.Invoke(dispatch) ?? [];
        // Same key = the same send (a replay after a crash): record it once.
        if (_keys.TryAdd(dispatch.IdempotencyKey, 0))
        {
            var now = clock.GetUtcNow();
            foreach (var m in dispatch.Messages.Where(m => !failed.Contains(m.GroupId)))
                _sent.Enqueue(new Sent(effect, dispatch, m, now));
            while (_sent.Count > Capacity) _sent.TryDequeue(out _);
        }
        return failed.Count == 0 ? EffectReceipt.Ok : new EffectReceipt { FailedGroups = failed, Error = StepErrors.Exception($"{failed.Count} groups refused") };
    }
}
