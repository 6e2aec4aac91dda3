using System.Net.Http.Json;
using System.Net;
using System.Text.Json;
using HdrHistogram;
using LiveRoom.LoadTests.Client;
using LiveRoom.LoadTests.Load;
using LiveRoom.LoadTests.Model;
using LiveRoom.LoadTests.Report;

namespace LiveRoom.LoadTests.Run;

/// <summary>
/// Plays the launch's seeded members during a run. Once a second it reads the cue board (operator
/// login, `status=Issued`: new cues only) to learn which cues exist; when a member's
/// acknowledgement falls due it acts as that member does on the phone page: their link (made once
/// with the operator login), their cue list (`GET /api/member/{token}/cues`, which also delivers
/// them), then `POST …/cues/{id}/ack`. At the end it checks that the board shows exactly the
/// cues it acknowledged. See docs/benchmarks.md.
/// </summary>
public sealed class SeededMemberPlayer(LiveRoomApi api, HttpClient memberHttp, string launchId, IReadOnlySet<string> members, CueResponse response)
{
    private static readonly TimeSpan Poll = TimeSpan.FromSeconds(1);
    /// <summary>Acknowledgements due later than this after the traffic stops are left undone (counted).</summary>
    public static readonly TimeSpan Grace = TimeSpan.FromSeconds(10);

    private readonly CueAckSchedule _schedule = new(response, members);
    private readonly Dictionary<string, string> _tokens = new(StringComparer.Ordinal);
    private readonly HashSet<string> _acknowledged = new(StringComparer.Ordinal);
    private readonly LongHistogram _issueToAck = LatencyRecorder.NewHistogram();
    private readonly LongHistogram _lag = LatencyRecorder.NewHistogram();
    private long _expired, _failed, _notListed;

    /// <summary>Runs until <paramref name="trafficDone"/> fires, then acknowledges what falls due within <see cref="Grace"/>.</summary>
    public async Task RunAsync(CancellationToken trafficDone, CancellationToken ct)
    {
        while (!trafficDone.IsCancellationRequested && !ct.IsCancellationRequested)
        {
            await DiscoverAsync();
            await AcknowledgeDueAsync(DateTimeOffset.UtcNow);
            try { await Task.Delay(Poll, trafficDone); } catch (OperationCanceledException) { }
        }
        var stop = DateTimeOffset.UtcNow + Grace;
        await DiscoverAsync();
        while (_schedule.NextDue is { } next && next <= stop && !ct.IsCancellationRequested)
        {
            var wait = next - DateTimeOffset.UtcNow;
            if (wait > TimeSpan.Zero) await Task.Delay(wait, ct);
            await AcknowledgeDueAsync(DateTimeOffset.UtcNow);
        }
    }

    /// <summary>The summary, with the board's view at the end; a truth problem when the board differs from what was sent.</summary>
    public async Task<(SeededMemberSummary Summary, List<string> Problems)> FinishAsync()
    {
        JsonElement board;
        try
        {
            // Only acknowledged cues: a big launch has more cues than one board read lists (10,000).
            board = await api.GetJsonAsync($"api/launches/{launchId}/cues?status=Acknowledged&max=10000");
        }
        catch (Exception e) when (e is HttpRequestException or InvalidOperationException or TaskCanceledException)
        {
            // Nothing acknowledged, nothing to check (e.g. a server without cues); otherwise the truth cannot be told.
            return (Summary(0, 0), _acknowledged.Count == 0 ? [] : [$"cues acknowledged: the cue board could not be read ({e.Message})"]);
        }
        var counts = board.GetProperty("counts");
        var onBoard = counts.EnumerateObject().Sum(c => c.Value.GetInt32());
        var acknowledgedOnBoard = counts.TryGetProperty("Acknowledged", out var a) ? a.GetInt32() : 0;
        var shown = board.GetProperty("rows").EnumerateArray()
            .Where(r => r.TryGetProperty("acknowledgedAt", out var a) && a.ValueKind == JsonValueKind.String)
            .Select(r => r.GetProperty("cue").GetProperty("id").GetString()!).ToHashSet(StringComparer.Ordinal);
        var problems = new List<string>();
        if (!shown.SetEquals(_acknowledged))
        {
            var missing = _acknowledged.Except(shown).Take(3);
            var extra = shown.Except(_acknowledged).Take(3);
            problems.Add($"cues acknowledged: the seeded members acknowledged {_acknowledged.Count:N0}, the cue board shows {shown.Count:N0}"
                + $" (not shown: {string.Join(", ", missing)}; not sent: {string.Join(", ", extra)})"
                + (acknowledgedOnBoard > 10_000 ? "; the board lists only the newest 10,000 acknowledged cues" : ""));
        }
        return (Summary(onBoard, shown.Count), problems);
    }

    private SeededMemberSummary Summary(int onBoard, int boardAcknowledged) => new()
    {
        SeededMembers = members.Count, AckShare = response.AckShare, MedianDelaySeconds = response.MedianDelay.TotalSeconds,
        CuesOnBoard = onBoard, CuesSeen = _schedule.Seen, AcksPlanned = _schedule.Planned, Acknowledged = _acknowledged.Count,
        Expired = _expired, Failed = _failed, LeftAtEnd = _schedule.Pending, NotListed = _notListed, LinksIssued = _tokens.Count,
        IssueToAck = LatencyRecorder.Summarise(_issueToAck), Lag = LatencyRecorder.Summarise(_lag), BoardAcknowledged = boardAcknowledged,
    };

    private async Task DiscoverAsync()
    {
        try
        {
            var board = await api.GetJsonAsync($"api/launches/{launchId}/cues?status=Issued&max=10000");
            foreach (var row in board.GetProperty("rows").EnumerateArray())
            {
                var cue = row.GetProperty("cue");
                var target = cue.TryGetProperty("target", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
                _schedule.Offer(cue.GetProperty("id").GetString()!, target, cue.GetProperty("issuedAt").GetDateTimeOffset());
            }
        }
        catch (Exception e) when (e is HttpRequestException or InvalidOperationException or TaskCanceledException)
        {
            _failed++; // a busy server: the next poll sees the same cues again
        }
    }

    private async Task AcknowledgeDueAsync(DateTimeOffset now)
    {
        foreach (var ack in _schedule.TakeDue(now))
        {
            try
            {
                await AcknowledgeAsync(ack);
            }
            catch (Exception e) when (e is HttpRequestException or InvalidOperationException or TaskCanceledException or JsonException)
            {
                _failed++;
            }
        }
    }

    private async Task AcknowledgeAsync(PlannedAck ack)
    {
        var token = await TokenAsync(ack.Member);
        var list = await memberHttp.GetFromJsonAsync<JsonElement>($"api/member/{token}/cues");
        if (!list.GetProperty("cues").EnumerateArray().Any(c => c.GetProperty("id").GetString() == ack.CueId)) _notListed++;
        using var answer = await memberHttp.PostAsync($"api/member/{token}/cues/{ack.CueId}/ack", null);
        var at = DateTimeOffset.UtcNow;
        if (answer.StatusCode == HttpStatusCode.Conflict) { _expired++; return; }
        if (!answer.IsSuccessStatusCode) { _failed++; return; }
        var body = await answer.Content.ReadFromJsonAsync<JsonElement>();
        if (!body.GetProperty("changed").GetBoolean()) return;
        _acknowledged.Add(ack.CueId);
        _issueToAck.RecordValue(Micros(at - ack.IssuedAt));
        _lag.RecordValue(Micros(at - ack.DueAt));
    }

    /// <summary>The member's link, made with the operator login the first time the member acts.</summary>
    private async Task<string> TokenAsync(string member)
    {
        if (_tokens.TryGetValue(member, out var token)) return token;
        var link = await api.PostJsonAsync($"api/launches/{launchId}/cues/links/{Uri.EscapeDataString(member)}/rotate", new { });
        return _tokens[member] = link.GetProperty("token").GetString()!;
    }

    private static long Micros(TimeSpan t) => Math.Clamp((long)(t.TotalMilliseconds * 1000), 1, 3_600_000_000);
}
