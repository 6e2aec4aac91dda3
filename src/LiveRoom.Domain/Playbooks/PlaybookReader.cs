using LiveRoom.Domain.Cues;
using LiveRoom.Domain.Groups;
using LiveRoom.Domain.Launches;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace LiveRoom.Domain.Playbooks;

/// <summary>
/// Reads a playbook file (YAML, or JSON, which YAML reads too) node by node rather than by
/// deserializing into classes, so every error names its path and line and an unknown or misspelt
/// property is an error instead of a silently ignored default.
/// </summary>
public static class PlaybookReader
{
    public const int MaxSteps = 50;
    public const int MaxWaitSeconds = 3_600;

    private static readonly string[] TopLevel = ["id", "name", "description", "suggestOn", "steps"];
    private static readonly string[] Common = ["kind", "title", "when"];

    private static readonly Dictionary<StepKind, string[]> Fields = new()
    {
        [StepKind.Announce] = ["text"],
        [StepKind.Cue] = ["text", "cueKind"],
        [StepKind.PauseAnnouncements] = [],
        [StepKind.ResumeAnnouncements] = [],
        [StepKind.PauseSku] = ["sku", "paused"],
        [StepKind.SwapLink] = ["link"],
        [StepKind.Notify] = ["target", "text"],
        [StepKind.WaitAck] = ["role"],
        [StepKind.Checklist] = ["text"],
        [StepKind.Wait] = ["seconds"],
    };

    /// <summary>Roles that may be asked to acknowledge: every dashboard role but Viewer, who never acts.</summary>
    public static readonly IReadOnlySet<string> Roles = new HashSet<string>(StringComparer.Ordinal) { "Operator", "CrisisHandler", "Admin" };

    public static (PlaybookDefinition? Playbook, IReadOnlyList<PlaybookError> Errors) Read(string file, string text)
    {
        var errors = new List<PlaybookError>();
        YamlNode? root;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            root = stream.Documents.Count > 0 ? stream.Documents[0].RootNode : null;
        }
        catch (YamlException ex)
        {
            errors.Add(new PlaybookError(file, "$", "not valid YAML: " + ex.Message, (int)ex.Start.Line));
            return (null, errors);
        }
        var ctx = new Ctx(file, errors);
        if (root is not YamlMappingNode map)
        {
            ctx.Add("$", root, "must be a mapping with id, name and steps");
            return (null, errors);
        }
        var playbook = ReadPlaybook(map, ctx);
        return errors.Count == 0 ? (playbook, errors) : (null, errors);
    }

    private static PlaybookDefinition ReadPlaybook(YamlMappingNode map, Ctx ctx)
    {
        Unknown(map, "", TopLevel, ctx);
        var id = Scalar(map, "id", "", ctx, required: true) ?? "";
        if (id.Length > 0 && !LiveRoom.Domain.Setup.Ids.IsValid(id))
            ctx.Add("id", Node(map, "id"), LiveRoom.Domain.Setup.Ids.Rule);
        var name = Scalar(map, "name", "", ctx, required: true) ?? "";
        var signal = PlaybookSignal.None;
        if (Scalar(map, "suggestOn", "", ctx) is { } s && !TryEnum(s, out signal))
            ctx.Add("suggestOn", Node(map, "suggestOn"), $"unknown signal '{s}'; expected one of {Names<PlaybookSignal>()}");
        var steps = new List<PlaybookStep>();
        if (Node(map, "steps") is not YamlSequenceNode seq || seq.Children.Count == 0)
            ctx.Add("steps", Node(map, "steps") ?? map, "must be a non-empty list of steps");
        else if (seq.Children.Count > MaxSteps)
            ctx.Add("steps", seq, $"at most {MaxSteps} steps");
        else
            for (var i = 0; i < seq.Children.Count; i++)
                if (ReadStep(seq.Children[i], $"steps[{i}]", ctx) is { } step) steps.Add(step);
        return new PlaybookDefinition
        {
            Id = id, Name = name, Description = Scalar(map, "description", "", ctx) ?? "", SuggestOn = signal, Steps = steps,
        };
    }

    private static PlaybookStep? ReadStep(YamlNode node, string at, Ctx ctx)
    {
        if (node is not YamlMappingNode map) { ctx.Add(at, node, "must be a mapping with a kind"); return null; }
        var kindName = Scalar(map, "kind", at, ctx, required: true);
        if (kindName is null) return null;
        if (!StepKinds.TryParse(kindName, out var kind))
        {
            ctx.Add($"{at}.kind", Node(map, "kind"), $"unknown step kind '{kindName}'; expected one of {string.Join(", ", StepKinds.Names)}");
            return null;
        }
        // Paths name the kind, e.g. steps[2].announce.text, so the reader sees at once which step it is.
        var here = $"{at}.{kind.Name()}";
        Unknown(map, here, [.. Common, .. Fields[kind]], ctx);
        var step = new PlaybookStep
        {
            Kind = kind,
            Title = Scalar(map, "title", here, ctx) ?? "",
            When = ReadCondition(Node(map, "when"), $"{here}.when", ctx),
        };
        switch (kind)
        {
            case StepKind.Announce or StepKind.Checklist:
                step = step with { Text = Text(map, here, ctx, required: true) };
                break;
            case StepKind.Cue:
                var cueKind = Scalar(map, "cueKind", here, ctx, required: true);
                CueKind? parsed = null;
                if (cueKind is not null)
                {
                    if (TryEnum<CueKind>(cueKind, out var k)) parsed = k;
                    else ctx.Add($"{here}.cueKind", Node(map, "cueKind"), $"unknown cue kind '{cueKind}'; expected one of {Names<CueKind>()}");
                }
                step = step with { Text = Text(map, here, ctx, required: true), CueKind = parsed };
                break;
            case StepKind.PauseSku:
                var paused = Scalar(map, "paused", here, ctx);
                if (paused is not null && !bool.TryParse(paused, out _)) ctx.Add($"{here}.paused", Node(map, "paused"), "must be true or false");
                step = step with { Sku = Scalar(map, "sku", here, ctx), Paused = paused is null || !bool.TryParse(paused, out var p) || p };
                break;
            case StepKind.SwapLink:
                var link = Scalar(map, "link", here, ctx, required: true);
                if (link is not null && !(Uri.TryCreate(link, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
                    ctx.Add($"{here}.link", Node(map, "link"), "must be an absolute http(s) URL");
                step = step with { Link = link };
                break;
            case StepKind.Notify:
                var target = Scalar(map, "target", here, ctx, required: true);
                if (target is not null && !LiveRoom.Domain.Setup.Ids.IsValid(target))
                    ctx.Add($"{here}.target", Node(map, "target"), "must name a configured target (letters, digits, '-' or '_')");
                step = step with { Target = target, Text = Text(map, here, ctx, required: false) };
                break;
            case StepKind.WaitAck:
                var role = Scalar(map, "role", here, ctx, required: true);
                if (role is not null && !Roles.Contains(role))
                    ctx.Add($"{here}.role", Node(map, "role"), $"unknown role '{role}'; expected one of {string.Join(", ", Roles)}");
                step = step with { Role = role };
                break;
            case StepKind.Wait:
                var seconds = Scalar(map, "seconds", here, ctx, required: true);
                var n = 0;
                if (seconds is not null && !(int.TryParse(seconds, out n) && n is > 0 and <= MaxWaitSeconds))
                    ctx.Add($"{here}.seconds", Node(map, "seconds"), $"must be a whole number from 1 to {MaxWaitSeconds}");
                step = step with { Seconds = n };
                break;
        }
        return step;
    }

    private static StepCondition ReadCondition(YamlNode? node, string at, Ctx ctx)
    {
        if (node is null) return StepCondition.Always;
        if (node is not YamlMappingNode map) { ctx.Add(at, node, "must be a mapping (phases, tiers, skuSoldOut)"); return StepCondition.Always; }
        Unknown(map, at, ["phases", "tiers", "skuSoldOut"], ctx);
        bool? soldOut = null;
        if (Scalar(map, "skuSoldOut", at, ctx) is { } s)
        {
            if (bool.TryParse(s, out var b)) soldOut = b;
            else ctx.Add($"{at}.skuSoldOut", Node(map, "skuSoldOut"), "must be true or false");
        }
        return new StepCondition { Phases = EnumList<LaunchPhase>(map, "phases", at, ctx), Tiers = EnumList<GroupTier>(map, "tiers", at, ctx), SkuSoldOut = soldOut };
    }

    private static List<T> EnumList<T>(YamlMappingNode map, string key, string at, Ctx ctx) where T : struct, Enum
    {
        var node = Node(map, key);
        if (node is null) return [];
        var items = node is YamlSequenceNode seq ? seq.Children.ToList() : [node];
        var result = new List<T>();
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is YamlScalarNode { Value: { } v } && TryEnum<T>(v, out var value)) result.Add(value);
            else ctx.Add($"{at}.{key}[{i}]", items[i], $"expected one of {Names<T>()}");
        }
        return result;
    }

    private static string? Text(YamlMappingNode map, string at, Ctx ctx, bool required)
    {
        var text = Scalar(map, "text", at, ctx, required);
        if (text is not null && PlaybookText.TryParse(text, out var error) is null) ctx.Add($"{at}.text", Node(map, "text"), error!);
        return text;
    }

    private static string? Scalar(YamlMappingNode map, string key, string at, Ctx ctx, bool required = false)
    {
        var path = at.Length == 0 ? key : $"{at}.{key}";
        var node = Node(map, key);
        if (node is null)
        {
            if (required) ctx.Add(path, map, "is required");
            return null;
        }
        if (node is not YamlScalarNode scalar) { ctx.Add(path, node, "must be a single value"); return null; }
        var value = scalar.Value?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            if (required) ctx.Add(path, node, "must not be empty");
            return null;
        }
        return value;
    }

    private static void Unknown(YamlMappingNode map, string at, IReadOnlyCollection<string> known, Ctx ctx)
    {
        foreach (var key in map.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? "?";
            if (!known.Contains(name))
                ctx.Add(at.Length == 0 ? name : $"{at}.{name}", key, $"unknown property; expected {string.Join(", ", known)}");
        }
    }

    private static YamlNode? Node(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) ? node : null;

    /// <summary>Accepts "sold_out", "SoldOut" and "soldout" alike.</summary>
    private static bool TryEnum<T>(string value, out T result) where T : struct, Enum =>
        Enum.TryParse(value.Replace("_", "", StringComparison.Ordinal), ignoreCase: true, out result) && Enum.IsDefined(result);

    private static string Names<T>() where T : struct, Enum =>
        string.Join(", ", Enum.GetNames<T>().Select(n => string.Concat(n.Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()))));

    private sealed record Ctx(string File, List<PlaybookError> Errors)
    {
        public void Add(string path, YamlNode? node, string reason) =>
            Errors.Add(new PlaybookError(File, path, reason, node is null ? null : (int)node.Start.Line));
    }
}
