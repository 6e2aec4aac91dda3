namespace LiveRoom.Grains.Ingestion;

/// <summary>
/// One outstanding state write per grain: callers that arrive while a write is in flight share
/// the next one, which starts when the current one ends and captures all their changes. Must be
/// used from the grain's scheduler (grain code), which makes it single-threaded.
/// </summary>
public sealed class WriteCoalescer(Func<Task> write)
{
    private Task? _inFlight;
    private Task? _queued;

    public Task WriteAsync()
    {
        if (_queued is not null) return _queued;
        if (_inFlight is null || _inFlight.IsCompleted) return _inFlight = Run();
        return _queued = RunAfter(_inFlight);
    }

    private async Task Run() => await write();

    private async Task RunAfter(Task previous)
    {
        try
        {
            await previous;
        }
        catch
        {
            // The queued write carries the same changes and more; its own failure reaches its callers.
        }
        _queued = null;
        var next = Run();
        _inFlight = next;
        await next;
    }
}
