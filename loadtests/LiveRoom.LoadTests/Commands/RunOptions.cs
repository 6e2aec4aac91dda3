using System.CommandLine;
using LiveRoom.LoadTests.Model;
using LiveRoom.LoadTests.Run;
using LiveRoom.LoadTests.Wire;

namespace LiveRoom.LoadTests.Commands;

/// <summary>The options of `run`, and what they parse into.</summary>
public sealed class RunOptions
{
    public CommonOptions Common { get; } = new();
    private readonly Option<string> _label = new("--label") { Description = "Name of the run (report folder run-<label>-<time>)", DefaultValueFactory = _ => "run" };
    private readonly Option<string?> _launch = new("--launch") { Description = "Id of the launch to create (default: run-<label>-<time>)" };
    private readonly Option<int> _groups = new("--groups") { Description = "Groups of the launch", DefaultValueFactory = _ => 500 };
    private readonly Option<string> _members = new("--members") { Description = "Group sizes: fixed:N or lognormal:MEDIAN[:SIGMA]", DefaultValueFactory = _ => "lognormal:200" };
    private readonly Option<string> _profile = new("--profile") { Description = "Traffic shape: steady, spike (at T0) or launch-day", DefaultValueFactory = _ => "launch-day" };
    private readonly Option<string> _duration = new("--duration") { Description = "Length of the launch (90s, 5m, 1h)", DefaultValueFactory = _ => "2m" };
    private readonly Option<int> _viewers = new("--viewers") { Description = "SignalR subscribers measuring freshness (0: none, no markers)", DefaultValueFactory = _ => 20 };
    private readonly Option<bool> _viewerRows = new("--viewer-rows") { Description = "Viewers subscribe to every group row (Subscribe) instead of the summary stream (SubscribeSummary: totals, SKUs, series)" };
    private readonly Option<int> _seed = new("--seed") { Description = "Seed of the launch model (same seed, same events)", DefaultValueFactory = _ => 42 };
    private readonly Option<bool> _closed = new("--closed") { Description = "Closed model: --concurrency connections each wait for an answer (default: open model at the planned rate)" };
    private readonly Option<int?> _concurrency = new("--concurrency") { Description = "In-flight cap per channel (open model, default 512) or connections (closed, default 32)" };
    private readonly Option<int> _slice = new("--slice-ms") { Description = "Beacon and bot batches collect events for this long", DefaultValueFactory = _ => 100 };
    private readonly Option<double> _duplicate = new("--chaos-duplicate") { Description = "% of webhooks delivered twice" };
    private readonly Option<double> _reorder = new("--chaos-reorder") { Description = "% of webhooks overtaken by later ones (0.2–1 s late)" };
    private readonly Option<double> _delay = new("--chaos-delay") { Description = "% of webhooks delayed 2–10 s" };
    private readonly Option<double> _malformed = new("--chaos-malformed") { Description = "% extra malformed webhooks (must be refused, never counted)" };
    private readonly Option<double> _hubDrop = new("--chaos-hub-drop") { Description = "% of viewers whose hub connection drops every 10 s (they reconnect and resubscribe)" };
    private readonly Option<string?> _thresholds = new("--thresholds") { Description = "Threshold file (JSON or YAML: maxP99Ms, maxErrorRate, max5xx, maxFreshnessP99Ms, truth)" };
    private readonly Option<double?> _maxP99 = new("--max-p99-ms") { Description = "Highest acceptable p99 latency of any channel (ms)" };
    private readonly Option<double?> _maxErrors = new("--max-error-rate") { Description = "Highest acceptable share of failed requests per channel (0.01 = 1%)" };
    private readonly Option<double?> _maxFresh = new("--max-freshness-p99-ms") { Description = "Highest acceptable freshness p99 (ms)" };
    private readonly Option<long?> _max5xx = new("--max-5xx") { Description = "Highest acceptable number of 5xx answers, every attempt counted (0: none, even if a retry succeeded)" };
    private readonly Option<bool?> _truth = new("--truth") { Description = "Check the truth at the end (default true; --truth false only measures)" };
    private readonly Option<bool> _plain = new("--plain") { Description = "Plain progress lines instead of the live table (automatic when output is redirected)" };
    private readonly Option<int> _retries = new("--retries") { Description = "Times a webhook is sent again after no answer or a 5xx (0.5 s, 1 s, 2 s…)", DefaultValueFactory = _ => 3 };
    private readonly Option<int> _settle = new("--settle-seconds") { Description = "How long the truth check waits for the board to catch up", DefaultValueFactory = _ => 30 };
    private readonly Option<double> _trafficLoss = new("--traffic-loss") { Description = "% of page views the truth check lets a crash lose (the durability bound, for kill tests; business counts stay exact)" };
    private readonly Option<double> _cueAck = new("--cue-ack") { Description = "% of their cues the seeded members (2–3 per core group) acknowledge; 0: they do nothing", DefaultValueFactory = _ => 80 };
    private readonly Option<double> _cueAckMedian = new("--cue-ack-median") { Description = "Median seconds from a cue's issue to its acknowledgement (log-normal, 1–45 s)", DefaultValueFactory = _ => 8 };
    private readonly Option<string> _via = new("--via") { Description = "How orders and refunds reach LiveRoom: native (its order webhook) or platforms (signed 有赞 and 抖店 callbacks to sources the run creates)", DefaultValueFactory = _ => "native" };
    private readonly Option<string?> _results = new("--results") { Description = "Folder for report folders (default loadtests/results)" };

    public void AddTo(Command command)
    {
        Common.AddTo(command);
        foreach (var o in new Option[] { _label, _launch, _groups, _members, _profile, _duration, _viewers, _seed, _closed, _concurrency, _slice,
                     _duplicate, _reorder, _delay, _malformed, _hubDrop, _thresholds, _maxP99, _maxErrors, _max5xx, _maxFresh, _truth, _plain, _settle, _retries, _trafficLoss, _cueAck, _cueAckMedian, _via, _results })
            command.Options.Add(o);
    }

    /// <summary>Throws <see cref="ArgumentException"/> naming the option on a bad value (exit 1).</summary>
    public RunSettingsParsed Parse(ParseResult p)
    {
        var groups = p.GetValue(_groups);
        if (groups is < 1 or > 20_000) throw new ArgumentException("--groups must be 1 … 20,000 (the group import's limit)");
        if (p.GetValue(_viewers) < 0) throw new ArgumentException("--viewers must not be negative");
        if (p.GetValue(_slice) is < 10 or > 10_000) throw new ArgumentException("--slice-ms must be 10 … 10,000");
        var closed = p.GetValue(_closed);
        var concurrency = p.GetValue(_concurrency) ?? (closed ? 32 : 512);
        if (concurrency < 1) throw new ArgumentException("--concurrency must be at least 1");
        var chaos = new ChaosOptions(p.GetValue(_duplicate), p.GetValue(_reorder), p.GetValue(_delay), p.GetValue(_malformed), p.GetValue(_hubDrop));
        chaos.Validate();
        if (p.GetValue(_trafficLoss) is < 0 or > 100) throw new ArgumentException("--traffic-loss must be 0 … 100 (%)");
        if (p.GetValue(_cueAck) is < 0 or > 100) throw new ArgumentException("--cue-ack must be 0 … 100 (%)");
        if (p.GetValue(_cueAckMedian) is < 1 or > 45) throw new ArgumentException("--cue-ack-median must be 1 … 45 (seconds)");
        var via = p.GetValue(_via) switch
        {
            "native" => false,
            "platforms" => true,
            var other => throw new ArgumentException($"--via must be native or platforms, not '{other}'"),
        };
        var file = p.GetValue(_thresholds);
        if (file is not null && !File.Exists(file)) throw new ArgumentException($"--thresholds: file '{file}' not found");
        var thresholds = (file is null ? new Thresholds() : Thresholds.Load(file))
            .Override(p.GetValue(_maxP99), p.GetValue(_maxErrors), p.GetValue(_maxFresh), p.GetValue(_truth), p.GetValue(_max5xx));
        // Without viewers nothing measures freshness: its limit would be skipped, or always breached.
        if (thresholds.MaxFreshnessP99Ms is not null && p.GetValue(_viewers) == 0)
            throw new ArgumentException("a freshness limit (--max-freshness-p99-ms or maxFreshnessP99Ms in the threshold file) needs viewers to measure it: give --viewers N (N ≥ 1) or drop the limit");
        if (thresholds.Max5xx is < 0) throw new ArgumentException("--max-5xx must not be negative");
        var model = new ModelOptions(groups, MemberCounts.Parse(p.GetValue(_members)!), RateProfile.Parse(p.GetValue(_profile)!),
            DurationText.Parse(p.GetValue(_duration)!), p.GetValue(_seed));
        return new RunSettingsParsed(p.GetValue(_label)!, p.GetValue(_launch), model, p.GetValue(_viewers), new InjectionOptions(closed, concurrency),
            p.GetValue(_slice), chaos, thresholds, p.GetValue(_plain) || LiveView.PlainByDefault, p.GetValue(_results),
            TimeSpan.FromSeconds(Math.Max(0, p.GetValue(_settle))), Math.Clamp(p.GetValue(_retries), 0, 10), p.GetValue(_trafficLoss) / 100,
            p.GetValue(_cueAck) == 0 ? null : new CueResponse(p.GetValue(_cueAck) / 100, TimeSpan.FromSeconds(p.GetValue(_cueAckMedian)), Seeds.Mix(p.GetValue(_seed), -4, 0xac)))
        {
            ViewerRows = p.GetValue(_viewerRows),
            ViaPlatforms = via,
        };
    }
}

public sealed record RunSettingsParsed(string Label, string? LaunchId, ModelOptions Model, int Viewers, InjectionOptions Injection,
    int SliceMs, ChaosOptions Chaos, Thresholds Thresholds, bool Plain, string? ResultsDir, TimeSpan Settle, int Retries, double TrafficLoss = 0,
    CueResponse? CueAck = null)
{
    /// <summary>Viewers take every group row (the full stream) rather than the summary.</summary>
    public bool ViewerRows { get; init; }

    /// <summary>`--via platforms`: orders and refunds travel as 有赞 / 抖店 callbacks (see <see cref="Platforms.PlatformWire"/>).</summary>
    public bool ViaPlatforms { get; init; }
}
