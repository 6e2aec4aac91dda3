using System.Security.Cryptography;
using System.Text;
using LiveRoom.Domain.Groups;
using LiveRoom.Domain.Setup;

namespace LiveRoom.Domain.Announcements;

/// <summary>What an ad-hoc broadcast must satisfy, and the id that makes a retried request the same broadcast.</summary>
public static class BroadcastRules
{
    /// <summary>Target, template (within the strictest channel limit of the targeted groups) and idempotency key.</summary>
    public static ValidationErrors Check(BroadcastRequest request, IReadOnlyList<GroupRegistration> groups)
    {
        var errors = new ValidationErrors();
        PlanValidator.AddTargetErrors(errors, "target", request.Target, groups.Select(g => g.Id).ToHashSet(StringComparer.Ordinal));
        var targeted = request.Target is null ? groups : request.Target.Select(groups);
        PlanValidator.AddTemplateErrors(errors, "template", request.Template, StrictestLimit(targeted));
        if (string.IsNullOrWhiteSpace(request.IdempotencyKey) || request.IdempotencyKey.Length > 200) errors.Add("idempotencyKey", "must be 1–200 characters");
        if (errors.IsValid && targeted.Count == 0) errors.Add("target", "matches no group");
        return errors;
    }

    /// <summary>The smallest message size any of the groups' channels takes: a text must fit them all.</summary>
    public static int StrictestLimit(IEnumerable<GroupRegistration> groups) =>
        groups.Select(g => ChannelLimits.MaxBytes((g.Channel ?? DeliveryChannel.Inbox).Kind)).DefaultIfEmpty(ChannelLimits.GenericTextBytes).Min();

    /// <summary>Same key, same id: a retried broadcast request finds its own deliveries in the outbox.</summary>
    public static string BroadcastId(string idempotencyKey) =>
        "now-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(idempotencyKey)))[..12];

    /// <summary>"⚡T-30m": an ad-hoc send, placed on the plan's axis to the minute.</summary>
    public static string Label(DateTimeOffset now, DateTimeOffset startsAt) =>
        "⚡" + ScheduleEntry.OffsetLabel(TimeSpan.FromMinutes(Math.Round((now - startsAt).TotalMinutes)));
}
