
namespace LiveRoom.Grains.Playbooks;

/// <summary>
/// The web nodes watching one incident. Subscriptions expire unless renewed (a node renews every
/// few seconds), so a node that died is forgotten; a node that does not answer a push in time is
/// dropped at once and comes back with its next renewal.
/// </summary>
internal sealed class IncidentObservers(TimeSpan expiry, TimeProvider clock)
{
    private static readonly TimeSpan CallTimeout = TimeSpan.FromSeconds(2);
    private readonly Dictionary<IIncidentObserver, DateTimeOffset> _renewedAt = [];

    public bool Any => _renewedAt.Count > 0;

    public void Subscribe(IIncidentObserver observer) => _renewedAt[observer] = clock.GetUtcNow();

    public void Unsubscribe(IIncidentObserver observer) => _renewedAt.Remove(observer);

    public async Task Push(IncidentView view)
    {
        var now = clock.GetUtcNow();
        foreach (var stale in _renewedAt.Where(o => now - o.Value > expiry).Select(o => o.Key).ToList()) _renewedAt.Remove(stale);
        var targets = _renewedAt.Keys.ToList();
        var pushes = targets.Select(async o =>
        {
            try
            {
                await o.OnIncident(view).WaitAsync(CallTimeout);
                return true;
            }
            catch (Exception)
            {
                return false;
            }
        }).ToList();
        var answered = await Task.WhenAll(pushes);
        for (var i = 0; i < targets.Count; i++)
            if (!answered[i]) _renewedAt.Remove(targets[i]);
    }
}
