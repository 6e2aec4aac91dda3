namespace LiveRoom.Domain.Chat;

/// <summary>
/// The mood of one group over a rolling window of message times: negative share, open questions,
/// message rate against the group's own baseline, and a negative-spike detector.
/// <para>
/// A member's question is answered as soon as any staff message (owner, assistant, seeded member) is
/// posted after it: in a busy group nobody can tell which reply answers what, and "someone from the
/// team spoke since" is what the operator needs. Staff questions (引关注) wait for nobody.
/// </para>
/// <para>
/// A spike is raised once and re-armed only when the negatives in the spike window fall to half the
/// spike count (hysteresis), so a storm that hovers around the threshold is one alert, not ten.
/// </para>
/// Idempotent by message id within the window; messages older than the window are ignored.
/// </summary>
[GenerateSerializer, Alias("LiveRoom.GroupMood.v1")]
public sealed class GroupMood(MoodOptions? options = null)
{
    public const int MaxQuoteLength = 200;

    [Id(0)] private readonly List<MoodMessage> _window = [];
    [Id(1)] private MoodOptions _options = options ?? MoodOptions.Default;
    [Id(2)] private DateTimeOffset _clock = DateTimeOffset.MinValue;
    [Id(3)] private DateTimeOffset? _lastStaffAt;
    [Id(4)] private bool _inSpike;
    [Id(5)] private long _totalMessages;
    [Id(6)] private long _totalNegatives;
    [Id(7)] private DateTimeOffset? _firstAt;
    /// <summary>
    /// Negatives in the window, kept as messages enter and leave it, because every group report asks
    /// for the level (<see cref="LevelNow"/>): a scan of a busy group's window per message was the
    /// mood's main cost at 20,000 messages/s. Not stored: null after a load, then counted once.
    /// </summary>
    [NonSerialized] private int? _negativesInWindow;

    /// <summary>For the serializer and for the defaults.</summary>
    public GroupMood() : this(null) { }

    public MoodOptions Options => _options;

    /// <summary>
    /// The launch changed its thresholds (cue rules' "signals"): they apply from the next message on;
    /// the window and its counts stay, so nothing already seen is counted twice or forgotten.
    /// </summary>
    public void Use(MoodOptions options) => _options = options;
    public bool InSpike => _inSpike;

    /// <summary>
    /// Takes one chat message (with its <see cref="MoodAnalyzer"/> signal). Returns the spike alert
    /// when this message starts a spike, otherwise null.
    /// </summary>
    public NegativeSpike? Record(string messageId, DateTimeOffset at, string sender, ChatRole role, MessageSignal signal, string? text = null)
    {
        if (at > _clock) _clock = at;
        if (at <= _clock - _options.Window) return null;
        // Staff words are not the group's mood: a seeded member countering 骗子 quotes the word.
        if (role.IsStaff() && signal.Negative) signal = signal with { Negative = false, NegativeTerm = null };
        // The window is sorted by time and a replay carries its original time, so only messages of
        // that same instant need comparing: O(1) for in-order traffic instead of a scan per message.
        var index = _window.FindLastIndex(m => m.At <= at) + 1;
        for (var j = index - 1; j >= 0 && _window[j].At == at; j--)
            if (_window[j].MessageId == messageId) return null;

        // Question text is kept for the Answer cue ({question}); negative text for {quote}.
        var keep = signal.Negative || (signal.Question && !role.IsStaff());
        var message = new MoodMessage(messageId, at, sender, role, signal, keep ? Clip(text) : null);
        if (signal.Negative) _negativesInWindow = NegativesInWindow + 1;
        _window.Insert(index, message);
        _totalMessages++;
        if (_firstAt is null || at < _firstAt) _firstAt = at;
        if (role.IsStaff() && (_lastStaffAt is null || at > _lastStaffAt)) _lastStaffAt = at;
        Trim();

        if (!signal.Negative) { Rearm(); return null; }
        _totalNegatives++;
        return DetectSpike(at);
    }

    /// <summary>Moves the clock on without a message (per tick): old messages leave the window and a spike can end.</summary>
    public void Tick(DateTimeOffset now)
    {
        if (now > _clock) _clock = now;
        Trim();
        Rearm();
    }

    public MoodSnapshot Snapshot(DateTimeOffset now)
    {
        Tick(now);
        var negatives = 0;
        var recentFrom = _clock - _options.RateWindow;
        var recent = 0;
        var negativeQuotes = new List<ChatQuote>();
        var open = new List<ChatQuote>();
        for (var i = _window.Count - 1; i >= 0; i--)
        {
            var m = _window[i];
            if (m.At > recentFrom) recent++;
            if (m.Signal.Negative)
            {
                negatives++;
                if (negativeQuotes.Count < _options.MaxQuotes) negativeQuotes.Add(Quote(m));
            }
        }
        foreach (var m in _window)
            if (IsOpenQuestion(m) && open.Count < _options.MaxQuotes) open.Add(Quote(m));

        return new MoodSnapshot
        {
            Level = Level(_window.Count, negatives),
            Messages = _window.Count,
            Negatives = negatives,
            UnansweredQuestions = _window.Count(IsOpenQuestion),
            InSpike = _inSpike,
            MessagesPerMinute = recent / _options.RateWindow.TotalMinutes,
            BaselineMessagesPerMinute = Baseline(recent),
            RecentNegatives = negativeQuotes,
            OpenQuestions = open,
        };
    }

    /// <summary>The mood level alone, without building a snapshot (it is reported with every group report).</summary>
    public MoodLevel LevelNow() => Level(_window.Count, NegativesInWindow);

    private int NegativesInWindow => _negativesInWindow ??= CountNegatives(_window.Count);

    /// <summary>Negatives among the first <paramref name="count"/> messages of the window.</summary>
    private int CountNegatives(int count)
    {
        var negatives = 0;
        for (var i = 0; i < count; i++) if (_window[i].Signal.Negative) negatives++;
        return negatives;
    }

    private MoodLevel Level(int messages, int negatives)
    {
        if (_inSpike) return MoodLevel.Negative;
        if (messages == 0 || negatives == 0) return MoodLevel.Calm;
        var ratio = (double)negatives / messages;
        if (ratio >= _options.NegativeRatio && negatives >= _options.MinNegativesForNegative) return MoodLevel.Negative;
        return ratio >= _options.TenseRatio ? MoodLevel.Tense : MoodLevel.Calm;
    }

    /// <summary>The usual rate before the rate window; null until there is at least one rate window of history before it.</summary>
    private double? Baseline(int recent)
    {
        if (_firstAt is null) return null;
        var history = _clock - _options.RateWindow - _firstAt.Value;
        if (history < _options.RateWindow) return null;
        return Math.Max(0, _totalMessages - recent) / history.TotalMinutes;
    }

    private bool IsOpenQuestion(MoodMessage m) =>
        m.Signal.Question && !m.Role.IsStaff() && !(_lastStaffAt > m.At);

    private NegativeSpike? DetectSpike(DateTimeOffset at)
    {
        if (_inSpike) return null;
        var from = at - _options.SpikeWindow;
        var inSpan = _window.Where(m => m.Signal.Negative && m.At > from && m.At <= at).ToList();
        if (inSpan.Count < _options.SpikeCount) return null;

        var baseline = NegativeBaseline(inSpan.Count, at);
        if (inSpan.Count <= baseline * _options.SpikeBaselineFactor) return null;
        _inSpike = true;
        return new NegativeSpike(at, inSpan.Count, _options.SpikeWindow, baseline,
            inSpan.OrderByDescending(m => m.At).Take(_options.MaxQuotes).Select(Quote).ToList());
    }

    /// <summary>The group's usual negatives per spike window before this one (0 for a new group).</summary>
    private double NegativeBaseline(int inSpan, DateTimeOffset at)
    {
        if (_firstAt is null) return 0;
        var history = at - _options.SpikeWindow - _firstAt.Value;
        if (history <= TimeSpan.Zero) return 0;
        var windows = Math.Max(1.0, history / _options.SpikeWindow);
        return Math.Max(0, _totalNegatives - inSpan) / windows;
    }

    private void Rearm()
    {
        if (!_inSpike) return;
        var from = _clock - _options.SpikeWindow;
        var count = _window.Count(m => m.Signal.Negative && m.At > from);
        if (count <= _options.SpikeCount / 2) _inSpike = false;
    }

    private void Trim()
    {
        var from = _clock - _options.Window;
        var drop = 0;
        while (drop < _window.Count && _window[drop].At <= from) drop++;
        if (_window.Count - drop > _options.MaxMessages) drop = _window.Count - _options.MaxMessages;
        if (drop == 0) return;
        if (_negativesInWindow is { } negatives) _negativesInWindow = negatives - CountNegatives(drop);
        _window.RemoveRange(0, drop);
    }

    private static ChatQuote Quote(MoodMessage m) => new(m.MessageId, m.Sender, m.Text ?? "", m.At, m.Signal.NegativeTerm);

    private static string? Clip(string? s) => s is null || s.Length <= MaxQuoteLength ? s : s[..MaxQuoteLength];
}
