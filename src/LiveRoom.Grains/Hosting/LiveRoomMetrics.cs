using System.Diagnostics.Metrics;
using System.Diagnostics;
using LiveRoom.Domain.Announcements;
using LiveRoom.Domain.Cues;
using LiveRoom.Domain.Ingestion;

namespace LiveRoom.Grains.Hosting;

/// <summary>
/// LiveRoom's own instruments, one <see cref="Meter"/> shared by silos and web nodes. Static so
/// that recording is a one-line call on the hot path with no constructor changes; an instrument
/// costs next to nothing while no listener (the OpenTelemetry exporter) is attached.
/// Exported on /metrics as liveroom_* (see docs/configuration.md and ops/grafana).
/// </summary>
public static class LiveRoomMetrics
{
    public const string MeterName = "LiveRoom";

    private static readonly Meter Meter = new(MeterName);

    private static readonly Counter<long> Events = Meter.CreateCounter<long>(
        "liveroom.ingest.events", "{event}", "Events handed to ingestion, by outcome (accepted, duplicate, rejected) and kind; duplicates are also counted as accepted.");

    private static readonly Histogram<double> BatchDuration = Meter.CreateHistogram(
        "liveroom.ingest.batch.duration", "s", "Time to validate a request's events and have the cluster apply them.",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5] });

    private static readonly UpDownCounter<long> ActiveGroups = Meter.CreateUpDownCounter<long>(
        "liveroom.groups.active", "{group}", "Group grains active on this silo.");

    private static readonly Counter<long> Updates = Meter.CreateCounter<long>(
        "liveroom.launch.updates", "{update}", "Launch updates this web node handed to SignalR.");

    private static readonly Histogram<double> Freshness = Meter.CreateHistogram(
        "liveroom.launch.update.freshness", "s", "From a launch update's ServerTime (built by the launch grain) to this node handing it to SignalR.",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10] });

    private static readonly UpDownCounter<long> OutboxPending = Meter.CreateUpDownCounter<long>(
        "liveroom.outbox.pending", "{message}", "Outbound messages waiting in this silo's outbox partitions (queued or retrying, not yet sent or dead-lettered).");

    private static readonly Counter<long> Deliveries = Meter.CreateCounter<long>(
        "liveroom.outbox.deliveries", "{attempt}", "Delivery attempts by outcome (sent, retrying, failed = dead letter) and channel kind.");

    private static readonly Histogram<double> CueLatency = Meter.CreateHistogram(
        "liveroom.cue.latency", "s", "From the event that triggered a cue (a negative message, an order milestone) reaching its group to the cue stored on the launch's cue board.",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10] });

    // Tag values are allocated once: recording stays allocation-free.
    private static readonly KeyValuePair<string, object?>[] AcceptedByKind =
        Enum.GetValues<EventKind>().Select(k => new KeyValuePair<string, object?>("kind", k.WireName())).ToArray();
    private static readonly KeyValuePair<string, object?> Accepted = new("outcome", "accepted");
    private static readonly KeyValuePair<string, object?> Duplicate = new("outcome", "duplicate");
    private static readonly KeyValuePair<string, object?> Rejected = new("outcome", "rejected");
    private static readonly KeyValuePair<string, object?> UnknownKind = new("kind", "unknown");

    /// <summary>One call per ingest request: accepted events by kind, duplicates, rejections and the batch latency.</summary>
    public static void Ingested(IReadOnlyList<LaunchEvent> accepted, int duplicates, int rejected, long startedTimestamp)
    {
        if (Events.Enabled && accepted.Count > 0)
        {
            Span<int> byKind = stackalloc int[AcceptedByKind.Length];
            for (var i = 0; i < accepted.Count; i++) byKind[(int)accepted[i].Kind]++;
            for (var k = 0; k < byKind.Length; k++)
            {
                if (byKind[k] > 0) Events.Add(byKind[k], Accepted, AcceptedByKind[k]);
            }
        }
        if (duplicates > 0) Events.Add(duplicates, Duplicate, UnknownKind);
        if (rejected > 0) Events.Add(rejected, Rejected, UnknownKind);
        BatchDuration.Record(Stopwatch.GetElapsedTime(startedTimestamp).TotalSeconds);
    }

    public static void GroupActivated() => ActiveGroups.Add(1);

    public static void GroupDeactivated() => ActiveGroups.Add(-1);

    public static void OutboxPendingChanged(int delta)
    {
        if (delta != 0) OutboxPending.Add(delta);
    }

    public static void DeliveryAttempted(DeliveryStatus outcome, ChannelKind channel) =>
        Deliveries.Add(1, OutcomeTags[(int)outcome], ChannelTags[(int)channel]);

    /// <summary>
    /// The cue latency of <paramref name="issued"/>, since the first event that asked for an evaluation.
    /// Event-triggered cues only: time-based rules (stall, quiet, unanswered question) fire when due, not on an event.
    /// </summary>
    public static void CuesIssued(IReadOnlyList<Cue> issued, TimeSpan sinceTrigger)
    {
        foreach (var cue in issued)
        {
            if (cue.Rule is CueRuleKind.NegativeMessage or CueRuleKind.OrderMilestone)
                CueLatency.Record(Math.Max(0, sinceTrigger.TotalSeconds), CueKindTags[(int)cue.Kind]);
        }
    }

    private static readonly KeyValuePair<string, object?>[] OutcomeTags =
        Enum.GetValues<DeliveryStatus>().Select(s => new KeyValuePair<string, object?>("outcome", s.ToString().ToLowerInvariant())).ToArray();
    private static readonly KeyValuePair<string, object?>[] ChannelTags =
        Enum.GetValues<ChannelKind>().Select(k => new KeyValuePair<string, object?>("channel", k.ToString().ToLowerInvariant())).ToArray();
    private static readonly KeyValuePair<string, object?>[] CueKindTags =
        Enum.GetValues<CueKind>().Select(k => new KeyValuePair<string, object?>("kind", k.ToString())).ToArray();

    /// <summary>A launch update leaves this node for SignalR; its age says how fresh the board is.</summary>
    public static void UpdatePublished(DateTimeOffset serverTime)
    {
        Updates.Add(1);
        Freshness.Record(Math.Max(0, (DateTimeOffset.UtcNow - serverTime).TotalSeconds));
    }
}
