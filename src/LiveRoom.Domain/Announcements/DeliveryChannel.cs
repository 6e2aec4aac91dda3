namespace LiveRoom.Domain.Announcements;

/// <summary>
/// Where a group's announcements go. <see cref="Secret"/> (webhook key) and the WeCom robot URL
/// (its key is in the query string) are credentials: kept in grain state only, shown masked
/// (<see cref="Masked"/>) in the API and dashboard, never logged.
/// </summary>
[GenerateSerializer, Immutable, Alias("LiveRoom.DeliveryChannel.v1")]
public sealed record DeliveryChannel
{
    [Id(0)] public ChannelKind Kind { get; init; }
    /// <summary>Webhook or robot URL; unused by the inbox.</summary>
    [Id(1)] public string? Url { get; init; }
    /// <summary>HMAC key of the generic webhook.</summary>
    [Id(2)] public string? Secret { get; init; }
    /// <summary>Messages per minute for this endpoint; null = the channel's default (WeCom 20, others unlimited).</summary>
    [Id(3)] public int? PerMinute { get; init; }

    public static readonly DeliveryChannel Inbox = new() { Kind = ChannelKind.Inbox };

    /// <summary>The limit in force: an explicit one, else WeCom's 20/min, else none (0).</summary>
    public int EffectivePerMinute => PerMinute ?? (Kind == ChannelKind.WeCom ? ChannelLimits.WeComPerMinute : 0);

    /// <summary>The rate-limit bucket: one per robot / endpoint, shared by every group posting through it.</summary>
    public string RateKey => Kind switch { ChannelKind.Inbox => "inbox", ChannelKind.StaffPost => "staff", _ => $"{Kind}:{Url}" };

    /// <summary>Nothing is sent by a machine: the group's delivery is on LiveRoom's own side (inbox, staff page).</summary>
    public bool IsLocal => Kind is ChannelKind.Inbox or ChannelKind.StaffPost;

    /// <summary>Safe to show: scheme and host of the URL, the first characters of the secret.</summary>
    public DeliveryChannel Masked() => this with { Url = MaskUrl(Url), Secret = Mask(Secret) };

    public static string? Mask(string? secret) =>
        string.IsNullOrEmpty(secret) ? secret : secret.Length <= 4 ? "****" : secret[..2] + new string('*', 6) + secret[^2..];

    public static string? MaskUrl(string? url)
    {
        if (string.IsNullOrEmpty(url)) return url;
        return Uri.TryCreate(url, UriKind.Absolute, out var u) ? $"{u.Scheme}://{u.Authority}/…" : "****";
    }
}
