using LiveRoom.Domain.Chat;
using LiveRoom.Domain.Launches;
using LiveRoom.Domain.Shared;
using LiveRoom.Domain.Timeline;

namespace LiveRoom.Domain.Groups;

/// <summary>
/// The launch-level record of a group's negative spike: one timeline alert when the spike starts
/// (GroupMood raises it once per spike), so the operators and the review see it after the row's
/// <c>negative_spike</c> flag has cleared.
/// </summary>
public static class SpikeAlert
{
    public static TimelineEntry Entry(string groupId, string groupName, NegativeSpike spike)
    {
        return new TimelineEntry
        {
            At = spike.At,
            Kind = TimelineKind.Alert,
            Actor = TimelineActors.System,
            Action = AlertCodes.SpikeStarted,
            // Words are the reader's (text.mood.negative_spike); the quote is data, shortened for a timeline line.
            Args = ServerText.Of(AlertCodes.SpikeStarted, ("group", groupName), ("minutes", (int)spike.Within.TotalMinutes),
                ("count", spike.Negatives), ("quote", spike.Quotes.FirstOrDefault() is { } q ? Shorten(q.Text) : "")).Args,
            GroupIds = [groupId],
            // One spike, one id: the start time tells two spikes of a group apart.
            RefId = $"spike:{groupId}:{spike.At.ToUnixTimeMilliseconds()}",
        };
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
