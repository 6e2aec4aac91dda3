namespace LiveRoom.Domain.Launches;

/// <summary>
/// Which groups the timeline calls silent: the board's silent flag with hysteresis. The flag flips
/// as soon as a group crosses the silence window, so a group that speaks about once per window
/// (hovering at the threshold) would add a "silent" and a "speaking again" line every few minutes.
/// Why these rules: a group is recorded silent only after the window plus a margin (a group that
/// speaks just past the threshold is not news), and recorded speaking again only once it really
/// speaks again, several messages or a whole stretch of activity (one message after a long quiet
/// does not make a live group); a quick relapse is then not announced either, since it must be
/// quiet for the window plus the margin again. The flag on the board stays immediate.
/// </summary>
public sealed class SilenceAlerts(SilenceOptions options, TimeSpan? silenceWindow = null)
{
    private sealed class Watch
    {
        /// <summary>First tick the board showed it silent, in the current quiet stretch.</summary>
        public DateTimeOffset? SilentSince;
        /// <summary>First tick the board showed it active again, after it was recorded silent.</summary>
        public DateTimeOffset? ActiveSince;
        /// <summary>Its chat messages when it was recorded silent.</summary>
        public int MessagesAtSilence;
    }

    private readonly Dictionary<string, Watch> _watches = new(StringComparer.Ordinal);
    private readonly HashSet<string> _silent = new(StringComparer.Ordinal);
    private TimeSpan Window => silenceWindow ?? LaunchBoard.SilenceWindow;

    /// <summary>The groups recorded silent, as of the last <see cref="Update"/>.</summary>
    public IReadOnlySet<string> Silent => _silent;

    /// <summary>
    /// Groups the timeline already holds as silent (the board's recorded alerts, stored): after a
    /// move to another silo they stay recorded until they speak again, rather than being cleared.
    /// </summary>
    public void Restore(IEnumerable<string> recordedSilent, Func<string, int> messages)
    {
        foreach (var id in recordedSilent)
            if (_silent.Add(id)) _watches[id] = new Watch { MessagesAtSilence = messages(id) };
    }

    /// <summary>After a restart: the groups the board's recorded alert keys (<c>group.silent|{id}</c>) call silent.</summary>
    public void RestoreRecorded(IReadOnlySet<string> recordedAlerts, Func<string, int> messages)
    {
        var silentKey = AlertCodes.GroupAction(AlertCodes.Silent) + "|";
        Restore(recordedAlerts.Where(k => k.StartsWith(silentKey, StringComparison.Ordinal)).Select(k => k[silentKey.Length..]), messages);
    }

    /// <summary>True while a group waits for its margin or its speaking time: an update is due even without other changes.</summary>
    public bool Pending => _watches.Values.Any(w => w.SilentSince is not null || w.ActiveSince is not null);

    /// <param name="boardSilent">The board's silent flags now (<see cref="LaunchBoard.SilentGroups"/>).</param>
    /// <param name="messages">A group's chat messages so far.</param>
    /// <returns>The groups recorded silent now.</returns>
    public IReadOnlySet<string> Update(IReadOnlySet<string> boardSilent, Func<string, int> messages, DateTimeOffset now)
    {
        foreach (var id in boardSilent)
        {
            var w = WatchOf(id);
            w.ActiveSince = null;
            if (_silent.Contains(id))
            {
                // Quiet again before it spoke enough: what it said so far does not count towards speaking again.
                w.MessagesAtSilence = messages(id);
                continue;
            }
            w.SilentSince ??= now;
            // The board flags it after the window; recorded after the window plus the margin.
            if (now - w.SilentSince >= options.AnnounceMargin)
            {
                _silent.Add(id);
                w.SilentSince = null;
                w.MessagesAtSilence = messages(id);
            }
        }
        foreach (var (id, w) in _watches)
        {
            if (boardSilent.Contains(id)) continue;
            w.SilentSince = null;
            if (!_silent.Contains(id)) continue;
            w.ActiveSince ??= now;
            if (messages(id) - w.MessagesAtSilence >= options.SpeakingMessages || now - w.ActiveSince >= options.SpeakingFor)
            {
                _silent.Remove(id);
                w.ActiveSince = null;
            }
        }
        // Forget groups with nothing to remember (most of them, most of the time).
        foreach (var id in _watches.Where(p => !_silent.Contains(p.Key) && p.Value.SilentSince is null).Select(p => p.Key).ToList())
            _watches.Remove(id);
        return _silent;
    }

    /// <summary>How long a recorded silent group had been quiet when it was recorded (the entry's "minutes").</summary>
    public TimeSpan RecordedAfter => Window + options.AnnounceMargin;

    private Watch WatchOf(string id)
    {
        if (!_watches.TryGetValue(id, out var w)) _watches[id] = w = new Watch();
        return w;
    }
}
