using LiveRoom.Domain.Launches;

namespace LiveRoom.Grains.Launches;

/// <summary>
/// The web nodes subscribed to a launch. Updates are sent as awaited calls, one tick after the
/// other, because they carry diffs: one-way messages may arrive out of order and an older diff
/// would then overwrite newer rows. A node that does not answer in time is dropped; it renews its
/// subscription every few seconds and then gets the whole board.
/// </summary>
internal sealed class LaunchObservers(TimeSpan expiry, TimeProvider clock)
{
    private static readonly TimeSpan CallTimeout = TimeSpan.FromSeconds(2);
    private readonly Dictionary<ILaunchObserver, DateTimeOffset> _lastSeen = [];

    public int Count => _lastSeen.Count;

    /// <summary>Adds or renews; true when the observer is new (it has missed earlier updates).</summary>
    public bool Subscribe(ILaunchObserver observer)
    {
        var isNew = !_lastSeen.ContainsKey(observer);
        _lastSeen[observer] = clock.GetUtcNow();
        return isNew;
    }

    public void Unsubscribe(ILaunchObserver observer) => _lastSeen.Remove(observer);

    public async Task PublishAsync(LaunchUpdate update)
    {
        var now = clock.GetUtcNow();
        foreach (var expired in _lastSeen.Where(o => now - o.Value > expiry).Select(o => o.Key).ToList())
            _lastSeen.Remove(expired);
        if (_lastSeen.Count == 0) return;

        var observers = _lastSeen.Keys.ToList();
        var calls = observers.Select(o => o.OnUpdate(update).WaitAsync(CallTimeout)).ToList();
        try
        {
            await Task.WhenAll(calls);
        }
        catch
        {
            // Inspected one by one below.
        }
        for (var i = 0; i < calls.Count; i++)
            if (!calls[i].IsCompletedSuccessfully) _lastSeen.Remove(observers[i]);
    }
}
