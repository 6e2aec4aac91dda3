using System.Globalization;
using LiveRoom.Domain.Chat;
using LiveRoom.Domain.Groups;

namespace LiveRoom.Domain.Cues;

/// <summary>Turns a manual request into cues: one per seeded member of each group, rendered for that group.</summary>
public static class ManualCues
{
    public static List<Cue> Build(ManualCueRequest request, IReadOnlyList<GroupRegistration> groups, LaunchContext launch, DateTimeOffset now)
    {
        var template = ScriptTemplate.Parse(request.Script);
        // The operator's own words stay as written; without them the reason is a sentence for each reader.
        var reason = string.IsNullOrWhiteSpace(request.Reason) ? "" : request.Reason;
        var reasonText = reason.Length == 0 ? CueReasons.ManualBy(request.Actor) : null;
        // The key can be any text; the cue id uses a short hash of it so ids stay readable and bounded.
        var trigger = "manual-" + MemberTokens.Hash(request.IdempotencyKey)[..12];
        var cues = new List<Cue>();
        foreach (var g in groups)
        {
            var script = request.GroupScripts?.GetValueOrDefault(g.Id) ?? template.Render(new Dictionary<string, string?>(StringComparer.Ordinal)
            {
                ["group"] = g.Name,
                ["sku"] = launch.FeaturedSku,
                ["remaining"] = launch.Remaining?.ToString(CultureInfo.InvariantCulture),
            });
            var members = GroupPeople.Of(g).Seeded.Distinct().ToList();
            if (members.Count == 0)
            {
                cues.Add(Cue(null, null));
                continue;
            }
            foreach (var m in members) cues.Add(Cue(m, ChatRole.SeededMember));

            Cue Cue(string? target, ChatRole? role) => new()
            {
                Id = CueId.Of(launch.LaunchId, g.Id, request.Kind, trigger, target),
                Kind = request.Kind,
                Rule = null,
                LaunchId = launch.LaunchId,
                GroupId = g.Id,
                Target = target,
                TargetRole = role,
                Script = script,
                Reason = reason,
                ReasonText = reasonText,
                TriggerId = trigger,
                AlertOperator = target is null,
                IssuedAt = now,
            };
        }
        return cues;
    }
}
