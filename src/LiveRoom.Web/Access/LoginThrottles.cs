using LiveRoom.Domain.Access;

namespace LiveRoom.Web.Access;

/// <summary>
/// Failed-login limits: 5 per user name and 20 per client address within 5 minutes. The address
/// limit is looser because an office behind one NAT shares it; it stops one machine guessing
/// across many names.
/// </summary>
public sealed class LoginThrottles(TimeProvider clock)
{
    public LoginThrottle ByUser { get; } = new(clock, maxFailures: 5, window: TimeSpan.FromMinutes(5));
    public LoginThrottle ByAddress { get; } = new(clock, maxFailures: 20, window: TimeSpan.FromMinutes(5));
}
