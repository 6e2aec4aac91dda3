namespace LiveRoom.Domain.Ingestion;

/// <summary>Per-minute series are keyed by whole minutes since the Unix epoch (UTC).</summary>
public static class UnixMinute
{
    public static long Of(DateTimeOffset at) => Math.DivRem(at.ToUnixTimeSeconds(), 60L, out var rem) - (rem < 0 ? 1 : 0);

    public static DateTimeOffset Start(long minute) => DateTimeOffset.FromUnixTimeSeconds(minute * 60);
}
