using System.Globalization;
using LiveRoom.Domain.Announcements;
using LiveRoom.Domain.Groups;

namespace LiveRoom.Web.Announcements;

/// <summary>
/// The plan editor's rows: offsets as operators write them (T-10s, T-2m, see <see cref="PlanOffset"/>),
/// repeats in minutes, targets as a kind
/// plus a tier, a variant or comma-separated group ids. Converts to and from <see cref="AnnouncementPlan"/>.
/// </summary>
public sealed class AnnouncementPlanForm
{
    public List<Row> Entries { get; } = [];
    public double LateWindowMinutes { get; set; } = 2;

    public sealed class Row
    {
        public string Id { get; set; } = "";
        public string Offset { get; set; } = "T-10m";
        public double? RepeatMinutes { get; set; }
        public string Template { get; set; } = "";
        public TargetKind TargetKind { get; set; }
        public GroupTier Tier { get; set; } = GroupTier.Core;
        public string? Variant { get; set; }
        public string? GroupIds { get; set; }
        public MessageFormat Format { get; set; }
        public bool Cancelled { get; set; }
    }

    public static AnnouncementPlanForm From(AnnouncementPlan plan)
    {
        var form = new AnnouncementPlanForm { LateWindowMinutes = plan.LateWindow.TotalMinutes };
        form.Entries.AddRange(plan.Entries.Select(e => new Row
        {
            Id = e.Id, Offset = PlanOffset.Format(e.Offset), RepeatMinutes = e.RepeatEvery?.TotalMinutes, Template = e.Template,
            TargetKind = e.Target.Kind, Tier = e.Target.Tier ?? GroupTier.Core, Variant = e.Target.Variant,
            GroupIds = string.Join(", ", e.Target.GroupIds), Format = e.Format, Cancelled = e.Cancelled,
        }));
        return form;
    }

    public AnnouncementPlan ToPlan() => new()
    {
        LateWindow = TimeSpan.FromMinutes(LateWindowMinutes),
        Entries = Entries.Select(r => new ScheduleEntry
        {
            Id = r.Id.Trim(), Offset = PlanOffset.TryParse(r.Offset, out var offset) ? offset : TimeSpan.Zero, Template = r.Template,
            RepeatEvery = r.RepeatMinutes is > 0 ? TimeSpan.FromMinutes(r.RepeatMinutes.Value) : null,
            Target = TargetOf(r.TargetKind, r.Tier, r.Variant, r.GroupIds), Format = r.Format, Cancelled = r.Cancelled,
        }).ToList(),
    };

    /// <summary>Offsets that do not read as one; checked before saving, keyed like the plan's own errors.</summary>
    public IDictionary<string, string[]> OffsetErrors()
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        for (var i = 0; i < Entries.Count; i++)
            if (!PlanOffset.TryParse(Entries[i].Offset, out _))
                errors[$"entries[{i.ToString(CultureInfo.InvariantCulture)}].offset"] = [$"'{Entries[i].Offset}' is not an offset; write e.g. T-10s, T-2m, T+1h or T0"];
        return errors;
    }

    public static AnnouncementTarget TargetOf(TargetKind kind, GroupTier tier, string? variant, string? groupIds) => kind switch
    {
        TargetKind.Tier => new AnnouncementTarget { Kind = kind, Tier = tier },
        TargetKind.Variant => new AnnouncementTarget { Kind = kind, Variant = variant?.Trim() },
        TargetKind.List => new AnnouncementTarget
        {
            Kind = kind,
            GroupIds = (groupIds ?? "").Split([',', '，', ' ', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        },
        _ => AnnouncementTarget.All,
    };

    public void Add()
    {
        var n = Entries.Count + 1;
        while (Entries.Any(e => e.Id == $"e{n}")) n++;
        Entries.Add(new Row { Id = $"e{n}", Template = "{launch} 还有 {t_minus} 开抢！" });
    }

    /// <summary>The errors of row <paramref name="index"/>, from the plan's field paths ("entries[2].template").</summary>
    public static IEnumerable<string> ErrorsOf(IDictionary<string, string[]>? errors, int index)
    {
        if (errors is null) yield break;
        var prefix = $"entries[{index.ToString(CultureInfo.InvariantCulture)}].";
        foreach (var (field, messages) in errors)
            if (field.StartsWith(prefix, StringComparison.Ordinal))
                foreach (var m in messages) yield return $"{field[prefix.Length..]}: {m}";
    }
}
