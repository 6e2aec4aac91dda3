using LiveRoom.Grains.Ingestion;

namespace LiveRoom.Grains.Tests.Ingestion;

/// <summary>
/// The coalescer is pure logic; writes are faked with TaskCompletionSources the test completes.
/// Each test runs on an exclusive (one-at-a-time) task scheduler, as grain code does, so the
/// coalescer's continuations interleave with the test only at awaits.
/// </summary>
public class WriteCoalescerTests
{
    private readonly List<TaskCompletionSource> _writes = [];
    private readonly WriteCoalescer _coalescer;

    public WriteCoalescerTests() => _coalescer = new WriteCoalescer(() =>
    {
        var write = new TaskCompletionSource();
        _writes.Add(write);
        return write.Task;
    });

    private static Task OnGrainScheduler(Func<Task> test) =>
        Task.Factory.StartNew(test, CancellationToken.None, TaskCreationOptions.None,
            new ConcurrentExclusiveSchedulerPair().ExclusiveScheduler).Unwrap();

    /// <summary>Lets queued continuations run (on the test's exclusive scheduler) until <paramref name="count"/> writes have started.</summary>
    private Task<int> WritesStarted(int count) =>
        Wait.Until(() => _writes.Count, n => n == count, $"{count} writes to start", TimeSpan.FromSeconds(5));

    /// <summary>Gives pending continuations a fair chance to run, to show that something did NOT happen.</summary>
    private static async Task Settle()
    {
        for (var i = 0; i < 50; i++) await Task.Yield();
    }

    [Fact]
    public Task A_lone_caller_gets_one_write() => OnGrainScheduler(async () =>
    {
        var t = _coalescer.WriteAsync();
        Assert.Single(_writes);
        await Settle();
        Assert.False(t.IsCompleted);

        _writes[0].SetResult();
        await t;
        await Settle();
        Assert.Single(_writes);
    });

    [Fact]
    public Task Callers_during_an_in_flight_write_share_one_extra_write() => OnGrainScheduler(async () =>
    {
        var first = _coalescer.WriteAsync();
        var second = _coalescer.WriteAsync();
        var third = _coalescer.WriteAsync();
        var fourth = _coalescer.WriteAsync();

        Assert.Single(_writes);            // nothing new starts while the first is in flight
        Assert.Same(second, third);
        Assert.Same(second, fourth);

        _writes[0].SetResult();
        await first;
        await WritesStarted(2); // the shared write starts when the first ends
        await Settle();
        Assert.False(second.IsCompleted);     // and its callers wait for it, not for the first

        _writes[1].SetResult();
        await second;
        await Settle();
        Assert.Equal(2, _writes.Count);
    });

    [Fact]
    public Task A_caller_during_the_queued_write_gets_a_new_one() => OnGrainScheduler(async () =>
    {
        var first = _coalescer.WriteAsync();
        var queued = _coalescer.WriteAsync();
        _writes[0].SetResult();
        await first;
        await WritesStarted(2); // queued write now in flight

        var later = _coalescer.WriteAsync();
        Assert.NotSame(queued, later);
        await Settle();
        Assert.Equal(2, _writes.Count);

        _writes[1].SetResult();
        await queued;
        await WritesStarted(3);
        Assert.False(later.IsCompleted);
        _writes[2].SetResult();
        await later;
    });

    [Fact]
    public Task After_all_writes_complete_the_next_caller_writes_at_once() => OnGrainScheduler(async () =>
    {
        var first = _coalescer.WriteAsync();
        _writes[0].SetResult();
        await first;

        var next = _coalescer.WriteAsync();
        Assert.Equal(2, _writes.Count);
        _writes[1].SetResult();
        await next;
    });

    [Fact]
    public Task A_failed_write_fails_its_callers_and_the_queued_write_still_runs() => OnGrainScheduler(async () =>
    {
        var first = _coalescer.WriteAsync();
        var queued = _coalescer.WriteAsync();

        _writes[0].SetException(new IOException("storage down"));
        await Assert.ThrowsAsync<IOException>(() => first);
        await WritesStarted(2);

        _writes[1].SetResult();
        await queued;
    });

    [Fact]
    public Task A_failed_queued_write_reaches_its_callers_and_the_next_caller_retries() => OnGrainScheduler(async () =>
    {
        var first = _coalescer.WriteAsync();
        var queued = _coalescer.WriteAsync();
        _writes[0].SetResult();
        await first;
        await WritesStarted(2);
        _writes[1].SetException(new IOException("storage down"));
        await Assert.ThrowsAsync<IOException>(() => queued);

        var retry = _coalescer.WriteAsync();
        Assert.Equal(3, _writes.Count);
        _writes[2].SetResult();
        await retry;
    });

    [Fact]
    public Task Writes_never_overlap_while_callers_keep_arriving() => OnGrainScheduler(async () =>
    {
        var inFlight = 0;
        var maxInFlight = 0;
        var writes = 0;
        var coalescer = new WriteCoalescer(async () =>
        {
            maxInFlight = Math.Max(maxInFlight, ++inFlight);
            writes++;
            await Task.Yield();
            await Task.Yield();
            inFlight--;
        });

        var callers = new List<Task>();
        for (var i = 0; i < 200; i++)
        {
            callers.Add(coalescer.WriteAsync());
            if (i % 10 == 0) await Task.Yield();
        }
        await Task.WhenAll(callers);

        Assert.Equal(1, maxInFlight);
        Assert.InRange(writes, 2, 21); // at most one per burst of callers, far fewer than 200
    });
}
