using System.Diagnostics;
using System.Text.Json;
using System.Text;
using LiveRoom.LoadTests.Client;
using LiveRoom.LoadTests.Load;
using LiveRoom.LoadTests.Report;

namespace LiveRoom.LoadTests.Commands;

/// <summary>
/// Stage (g), chat and cues: a launch of many groups under a paced stream of chat (接龙 posts, chatter,
/// questions, complaints) while marker complaints go to quiet groups of their own; the stage
/// reports whether the stream kept its rate (no growing backlog: nothing unsent, latency flat) and
/// how long each marker took to become a cue (issuedAt − the message's time).
/// </summary>
public static class ChatCueStage
{
    /// <summary>Groups that get only the markers, one each, so no cooldown hides a marker's cue.</summary>
    public const int MarkerGroups = 200;

    public static async Task<ChatCueResult> RunAsync(LiveRoomApi api, Uri baseAddress, HttpClient http, string run, int groups, int messagesPerSecond,
        TimeSpan duration, Func<Func<Task<StageResult>>, Task<StageResult>> measured)
    {
        var plan = new LaunchPlan($"chat-{run}", groups);
        var key = await api.CreateLaunchAsync(plan);
        var target = new PostTarget(http, new Uri(baseAddress, $"api/launches/{plan.Id}/events/batch"), key);
        var bulkGroups = groups - MarkerGroups;
        const int batch = 500;

        int Body(byte[] buffer, long seq) => ChatBatch(buffer, run, seq * batch, batch, bulkGroups);
        // Warm-up: activate every bulk group (and its cue timer) before measuring.
        await ClosedLoop.RunAsync("(g) warm-up chat", target, 6, batch, (b, s) => (Body(b, 1_000_000 + s), batch), TimeSpan.FromMinutes(2), bulkGroups / batch * 2);

        var markers = new List<(string Id, DateTimeOffset At)>();
        using var stop = new CancellationTokenSource();
        var markerTask = Task.Run(async () =>
        {
            var markerTarget = new PostTarget(http, new Uri(baseAddress, $"api/launches/{plan.Id}/events/batch"), key);
            for (var i = 0; i < MarkerGroups && !stop.IsCancellationRequested; i++)
            {
                var at = DateTimeOffset.UtcNow;
                var id = $"{run}-marker-{i}";
                var json = $"[{{\"id\":\"{id}\",\"type\":\"chat_message\",\"groupId\":\"{LaunchPlan.GroupId(bulkGroups + i)}\",\"memberId\":\"mk{i}\",\"text\":\"是不是骗子，还没收到\",\"at\":\"{at:O}\"}}]";
                var bytes = Encoding.UTF8.GetBytes(json);
                var buffer = PostTarget.Rent(1);
                bytes.CopyTo(buffer, 0);
                try { await markerTarget.SendAsync(buffer, bytes.Length); }
                finally { PostTarget.Return(buffer); }
                lock (markers) markers.Add((id, at));
                try { await Task.Delay(duration / MarkerGroups * 0.9, stop.Token); } catch (OperationCanceledException) { }
            }
        });
        var load = await measured(() => PacedLoop.RunAsync("(g) chat stream", target, messagesPerSecond / (double)batch, 64, batch, (b, s) => (Body(b, s), batch), duration));
        await stop.CancelAsync();
        await markerTask;

        // Cues are issued within a tick; give the last markers a moment, then read them all.
        var latencies = new List<double>();
        var deadline = Stopwatch.StartNew();
        int found;
        Dictionary<string, DateTimeOffset> issued;
        do
        {
            var board = await api.GetJsonAsync($"api/launches/{plan.Id}/cues?kind=CounterNegative&max=10000");
            issued = board.GetProperty("rows").EnumerateArray()
                .ToDictionary(r => r.GetProperty("cue").GetProperty("triggerId").GetString()!, r => r.GetProperty("cue").GetProperty("issuedAt").GetDateTimeOffset());
            found = markers.Count(m => issued.ContainsKey(m.Id));
            if (found < markers.Count) await Task.Delay(200);
        } while (found < markers.Count && deadline.Elapsed < TimeSpan.FromSeconds(10));
        foreach (var (id, at) in markers)
            if (issued.TryGetValue(id, out var when)) latencies.Add((when - at).TotalMilliseconds);
        latencies.Sort();
        double P(double q) => latencies.Count == 0 ? double.NaN : latencies[Math.Min(latencies.Count - 1, (int)Math.Ceiling(q * latencies.Count) - 1)];
        var totalCues = (await api.GetJsonAsync($"api/launches/{plan.Id}/cues?max=0")).GetProperty("counts").EnumerateObject().Sum(p => p.Value.GetInt32());
        return new ChatCueResult(groups, messagesPerSecond, load, markers.Count, latencies.Count, P(0.5), P(0.99), latencies.LastOrDefault(), totalCues);
    }

    /// <summary>
    /// Chat as a busy launch sees it: per 100 messages, 20 接龙 posts (a growing chain per group),
    /// 2 questions, 1 complaint and chatter; spread over the bulk groups.
    /// </summary>
    private static int ChatBatch(byte[] into, string run, long first, int count, int groups)
    {
        var sb = new StringBuilder("[");
        for (var i = 0; i < count; i++)
        {
            var n = first + i;
            var group = LaunchPlan.GroupId((int)(n % groups));
            var round = n / groups; // the how-many-th message of this group
            var text = (n % 100) switch
            {
                < 20 => Chain(round),
                20 or 21 => $"什么时候发货？{n}",
                22 => $"太贵了，感觉是智商税 {n}",
                _ => $"冲冲冲 {n}",
            };
            if (i > 0) sb.Append(',');
            sb.Append("{\"id\":\"").Append(run).Append("-chat-").Append(n).Append("\",\"type\":\"chat_message\",\"groupId\":\"").Append(group)
              .Append("\",\"memberId\":\"m").Append(n % 5000).Append("\",\"text\":").Append(JsonSerializer.Serialize(text)).Append('}');
        }
        sb.Append(']');
        return Encoding.UTF8.GetBytes(sb.ToString(), into);
    }

    /// <summary>A 接龙 post with a number of lines that grows with the group's traffic (capped like real chains).</summary>
    private static string Chain(long round)
    {
        var lines = (int)Math.Min(12, 1 + round / 5);
        var sb = new StringBuilder("#接龙\n冬季福利 冷敷凝胶\n例 张三 2盒\n\n");
        for (var k = 1; k <= lines; k++) sb.Append(k).Append(". 会员").Append(k).Append(' ').Append(1 + k % 3).Append("盒\n");
        return sb.ToString();
    }
}

/// <summary>Stage (g): the chat stream kept up or not, and marker complaint → cue latency.</summary>
public sealed record ChatCueResult(int Groups, int OfferedMessagesPerSecond, StageResult Load, int Markers, int MarkersCued,
    double CueP50Ms, double CueP99Ms, double CueMaxMs, int CuesIssued);
