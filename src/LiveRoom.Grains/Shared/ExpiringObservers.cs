namespace LiveRoom.Grains.Shared;

/// <summary>
/// The web nodes watching one grain (a launch's board, an incident). Subscriptions expire unless
/// renewed (a node renews every few seconds), so a node that died is forgotten without anyone
/// telling; a node that does not answer a push in time is dropped at once and comes back with its
/// next renewal, when it gets the whole state again. Pushes are awaited calls rather than one-way
/// messages: a launch's updates are diffs, and one-way messages may arrive out of order, so an
/// older diff would overwrite newer rows.
/// </summary>
internal sealed class ExpiringObservers<TObserver>(TimeSpan expiry, TimeProvider clock) where TObserver : IGrainObserver
{
    private static readonly TimeSpan CallTimeout = TimeSpan.FromSeconds(2);
    private readonly Dictionary<TObserver, DateTimeOffset> _renewedAt = [];
    /// <summary>A <see cref="PushLatest"/> is out; <see cref="_pushDue"/>: a newer state waits for the next one.</summary>
    private bool _pushing, _pushDue;

    public int Count => _renewedAt.Count;

    public bool Any => _renewedAt.Count > 0;

    /// <summary>Adds or renews; true when the observer is new (it has missed earlier pushes).</summary>
    public bool Subscribe(TObserver observer)
    {
        var isNew = !_renewedAt.ContainsKey(observer);
        _renewedAt[observer] = clock.GetUtcNow();
        return isNew;
    }

    public void Unsubscribe(TObserver observer) => _renewedAt.Remove(observer);

    /// <summary>Calls every live observer at once; the expired and the ones that fail or time out are dropped.</summary>
    public async Task Push(Func<TObserver, Task> call)
    {
        var now = clock.GetUtcNow();
        foreach (var expired in _renewedAt.Where(o => now - o.Value > expiry).Select(o => o.Key).ToList())
            _renewedAt.Remove(expired);
        if (_renewedAt.Count == 0) return;

        var observers = _renewedAt.Keys.ToList();
        var calls = observers.Select(o => Call(call, o)).ToList();
        try
        {
            await Task.WhenAll(calls);
        }
        catch
        {
            // Inspected one by one below.
        }
        for (var i = 0; i < calls.Count; i++)
            if (!calls[i].IsCompletedSuccessfully) _renewedAt.Remove(observers[i]);
    }

    /// <summary>
    /// Pushes the newest state without queuing: while one push is out, later calls make one more
    /// push, of the state as it is then. <paramref name="take"/> runs in the grain's turn and takes
    /// the copy to send, since the state keeps changing while a push is serialized. Never waits
    /// for a slow viewer.
    /// </summary>
    public void PushLatest(Func<Func<TObserver, Task>> take)
    {
        if (!Any) return;
        _pushDue = true;
        if (!_pushing) _ = PushLoop(take);
    }

    private async Task PushLoop(Func<Func<TObserver, Task>> take)
    {
        _pushing = true;
        try
        {
            while (_pushDue)
            {
                _pushDue = false;
                await Push(take());
            }
        }
        finally
        {
            _pushing = false;
        }
    }

    private static async Task Call(Func<TObserver, Task> call, TObserver observer) => await call(observer).WaitAsync(CallTimeout);
}
