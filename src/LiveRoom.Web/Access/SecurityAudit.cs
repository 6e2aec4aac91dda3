using LiveRoom.Domain.Shared;
using LiveRoom.Domain.Timeline;
using LiveRoom.Grains.Timeline;

namespace LiveRoom.Web.Access;

/// <summary>
/// Security events (failed logins, refusals, user changes): a structured log line each, and an
/// entry in the security timeline that admins read on /admin/users. That timeline is an ordinary
/// launch timeline under a key no launch id can take ('~' is not allowed in ids).
/// </summary>
public sealed class SecurityAudit(IGrainFactory grains, TimeProvider clock, ILogger<SecurityAudit> logger)
{
    public const string TimelineKey = "~security";

    public ILaunchTimelineGrain Timeline => grains.GetGrain<ILaunchTimelineGrain>(TimelineKey);

    /// <summary>The last <paramref name="count"/> events, newest first.</summary>
    public async Task<IReadOnlyList<TimelineEntry>> NewestAsync(int count)
    {
        var total = (await Timeline.Read(0, 1)).Total;
        var page = await Timeline.Read(Math.Max(0, total - count), count);
        return page.Entries.Reverse().ToList();
    }

    /// <summary>An event as a code (the action, see <see cref="TimelineActions"/>) and arguments; readers render it in their language.</summary>
    public async Task RecordAsync(string actor, ServerText text)
    {
        logger.LogWarning("Security {Action} by {Actor}: {Summary}", text.Code, actor, text);
        try
        {
            await Timeline.Append([new TimelineEntry { At = clock.GetUtcNow(), Kind = TimelineKind.Security, Actor = actor, Action = text.Code, Args = text.Args }]);
        }
        catch (Exception ex)
        {
            // The log line above is the record of last resort; a refusal must not turn into a 500.
            logger.LogError(ex, "Security event {Action} not written to the security timeline", text.Code);
        }
    }
}
