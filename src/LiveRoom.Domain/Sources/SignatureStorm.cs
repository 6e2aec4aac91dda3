using LiveRoom.Domain.Launches;
using LiveRoom.Domain.Shared;
using LiveRoom.Domain.Timeline;

namespace LiveRoom.Domain.Sources;

/// <summary>
/// A source's recent signature failures, to tell a storm (<see cref="SignatureStormRule"/>) from a
/// stray failure. Keeps at most Threshold times, so a flood costs no memory.
/// </summary>
[GenerateSerializer, Alias("LiveRoom.SignatureStorm.v1")]
public sealed class SignatureStorm
{
    [Id(0)] private readonly Queue<DateTimeOffset> _failures = new();
    [Id(1)] public DateTimeOffset? RaisedAt { get; private set; }

    /// <summary>Records one failure; true when it makes a storm that is to be alerted now.</summary>
    public bool Record(DateTimeOffset now, SignatureStormRule rule)
    {
        _failures.Enqueue(now);
        while (_failures.Count > 0 && (_failures.Count > Math.Max(1, rule.Threshold) || _failures.Peek() <= now - rule.Window)) _failures.Dequeue();
        if (_failures.Count < Math.Max(1, rule.Threshold) || Active(now, rule)) return false;
        RaisedAt = now;
        return true;
    }

    /// <summary>Failures within the window ending at <paramref name="now"/>.</summary>
    public int Recent(DateTimeOffset now, SignatureStormRule rule) => _failures.Count(t => t > now - rule.Window);

    /// <summary>Whether the last alert is recent enough to be shown (and not to be raised again).</summary>
    public bool Active(DateTimeOffset now, SignatureStormRule rule) => RaisedAt is { } at && now - at < rule.Cooldown;

    /// <summary>The alert on the timeline of a launch mapping the source: a code and arguments, rendered by each reader.</summary>
    public static TimelineEntry Alert(string sourceId, string sourceName, DateTimeOffset now, SignatureStormRule rule) => new()
    {
        At = now,
        Kind = TimelineKind.Alert,
        Actor = TimelineActors.System,
        Action = AlertCodes.SourceSignatureStorm,
        Args = ServerText.Of(AlertCodes.SourceSignatureStorm, ("source", sourceName), ("count", rule.Threshold),
            ("seconds", (int)rule.Window.TotalSeconds)).Args,
        RefId = $"storm:{sourceId}:{now.ToUnixTimeMilliseconds()}",
    };
}
