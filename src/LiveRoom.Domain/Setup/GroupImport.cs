using LiveRoom.Domain.Shared;
using System.Globalization;
using System.Text.Json.Serialization;
using System.Text.Json;
using CsvHelper.Configuration;
using CsvHelper;
using LiveRoom.Domain.Groups;

namespace LiveRoom.Domain.Setup;

/// <summary>
/// Bulk import of groups from CSV or JSON. Never all-or-nothing: every good row is kept and every
/// bad row is reported with its row number (1 = first data row), id and field.
/// </summary>
public static class GroupImport
{
    public const int MaxRows = 20_000;

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>A rejected row: <see cref="Message"/> in English (the API), <see cref="Text"/> for the dashboard in the reader's language.</summary>
    public sealed record RowError(int Row, string? GroupId, string Field, string Message, ServerText? Text = null);

    public sealed record Result(IReadOnlyList<GroupRegistration> Groups, IReadOnlyList<RowError> Errors);

    /// <summary>
    /// CSV with a header row: id,name,tier,owner,assistants,memberCount,seededMembers,conversionMode,variant,kind.
    /// Lists inside a cell are separated by '|'. Tiers may be written Pond/Transit/Core or 鱼塘/中转/核心.
    /// </summary>
    public static Result FromCsv(TextReader reader)
    {
        var groups = new List<GroupRegistration>();
        var errors = new List<RowError>();
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            PrepareHeaderForMatch = a => a.Header.Trim().ToLowerInvariant(),
            MissingFieldFound = null,
            HeaderValidated = null,
            BadDataFound = null,
            TrimOptions = TrimOptions.Trim,
        };
        using var csv = new CsvReader(reader, config);
        if (!csv.Read() || !csv.ReadHeader())
        {
            errors.Add(new RowError(0, null, "header", "the file is empty; expected a header row", ServerText.Of(ValidationCodes.ImportEmpty)));
            return new Result(groups, errors);
        }
        if (!csv.HeaderRecord!.Any(h => h.Trim().Equals("id", StringComparison.OrdinalIgnoreCase)))
        {
            errors.Add(new RowError(0, null, "header", "missing column 'id'", ServerText.Of(ValidationCodes.ImportNoIdColumn)));
            return new Result(groups, errors);
        }

        var row = 0;
        while (csv.Read())
        {
            row++;
            if (row > MaxRows)
            {
                errors.Add(new RowError(row, null, "row", $"at most {MaxRows} groups per import; the rest were not read", ServerText.Of(ValidationCodes.ImportTooMany, ("max", MaxRows))));
                break;
            }
            var id = csv.GetField("id");
            var rowErrors = new ValidationErrors();
            var tier = ParseTier(csv.GetField("tier"), rowErrors);
            var mode = ParseEnum<ConversionMode>(csv.GetField("conversionmode"), "conversionMode", ConversionMode.ChainSignup, rowErrors);
            var kind = ParseKind(csv.GetField("kind"), rowErrors);
            var members = 0;
            var memberText = csv.GetField("membercount");
            if (!string.IsNullOrEmpty(memberText) && !int.TryParse(memberText, NumberStyles.Integer, CultureInfo.InvariantCulture, out members))
                rowErrors.Add("memberCount", $"'{memberText}' is not a whole number", ServerText.Of(ValidationCodes.NotWhole, ("value", memberText)));
            var g = new GroupRegistration
            {
                Id = id ?? "",
                Name = csv.GetField("name") ?? "",
                Tier = tier,
                Owner = NullIfEmpty(csv.GetField("owner")),
                Assistants = SplitList(csv.GetField("assistants")),
                MemberCount = members,
                SeededMembers = SplitList(csv.GetField("seededmembers")),
                ConversionMode = mode,
                Variant = NullIfEmpty(csv.GetField("variant")),
                Kind = kind,
            };
            Collect(g, row, rowErrors, groups, errors);
        }
        return Dedupe(groups, errors);
    }

    /// <summary>JSON: an array of group objects with the same field names as the single-group API.</summary>
    public static Result FromJson(string json)
    {
        var groups = new List<GroupRegistration>();
        var errors = new List<RowError>();
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(json);
        }
        catch (JsonException ex)
        {
            errors.Add(new RowError(0, null, "$", $"not valid JSON: {ex.Message}", ServerText.Of(ValidationCodes.ImportBadJson, ("detail", ex.Message))));
            return new Result(groups, errors);
        }
        using (doc)
        {
            if (doc.RootElement.ValueKind != JsonValueKind.Array)
            {
                errors.Add(new RowError(0, null, "$", "expected a JSON array of groups", ServerText.Of(ValidationCodes.ImportNotArray)));
                return new Result(groups, errors);
            }
            var row = 0;
            foreach (var element in doc.RootElement.EnumerateArray())
            {
                row++;
                if (row > MaxRows)
                {
                    errors.Add(new RowError(row, null, "row", $"at most {MaxRows} groups per import; the rest were not read", ServerText.Of(ValidationCodes.ImportTooMany, ("max", MaxRows))));
                    break;
                }
                GroupRegistration? g = null;
                var rowErrors = new ValidationErrors();
                try
                {
                    g = element.Deserialize<GroupRegistration>(Json);
                }
                catch (JsonException ex)
                {
                    if (ex.InnerException is { } inner) rowErrors.Add(FieldOf(ex.Path), inner.Message);
                    else rowErrors.Add(FieldOf(ex.Path), "has the wrong type or value", ServerText.Of(ValidationCodes.ImportWrongType));
                }
                catch (InvalidOperationException ex)
                {
                    rowErrors.Add("$", ex.Message);
                }
                if (g is null)
                {
                    var id = element.ValueKind == JsonValueKind.Object && element.TryGetProperty("id", out var i) && i.ValueKind == JsonValueKind.String ? i.GetString() : null;
                    if (rowErrors.IsValid) rowErrors.Add("$", "expected a group object", ServerText.Of(ValidationCodes.ImportNotObject));
                    foreach (var (field, message, text) in rowErrors.Entries) errors.Add(new RowError(row, id, field, message, text));
                    continue;
                }
                Collect(g, row, rowErrors, groups, errors);
            }
        }
        return Dedupe(groups, errors);
    }

    private static void Collect(GroupRegistration g, int row, ValidationErrors rowErrors, List<GroupRegistration> groups, List<RowError> errors)
    {
        GroupValidator.Validate(g, "", rowErrors);
        if (rowErrors.IsValid)
        {
            groups.Add(g);
            return;
        }
        foreach (var (field, message, text) in rowErrors.Entries) errors.Add(new RowError(row, string.IsNullOrEmpty(g.Id) ? null : g.Id, field, message, text));
    }

    /// <summary>A file that names a group twice is ambiguous: the later row wins and the earlier is reported.</summary>
    private static Result Dedupe(List<GroupRegistration> groups, List<RowError> errors)
    {
        var lastIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < groups.Count; i++) lastIndex[groups[i].Id] = i;
        if (lastIndex.Count == groups.Count) return new Result(groups, errors);
        var kept = groups.Where((g, i) => lastIndex[g.Id] == i).ToList();
        foreach (var id in groups.GroupBy(g => g.Id).Where(x => x.Count() > 1).Select(x => x.Key))
            errors.Add(new RowError(0, id, "id", $"group '{id}' appears more than once; the last row was kept", ServerText.Of(ValidationCodes.ImportDuplicate, ("id", id))));
        return new Result(kept, errors);
    }

    private static GroupTier ParseTier(string? text, ValidationErrors errors) => text?.Trim() switch
    {
        null or "" => GroupTier.Pond,
        "鱼塘" or "鱼塘群" => GroupTier.Pond,
        "中转" or "中转群" => GroupTier.Transit,
        "核心" or "核心群" => GroupTier.Core,
        var t => ParseEnum(t, "tier", GroupTier.Pond, errors),
    };

    private static GroupKind ParseKind(string? text, ValidationErrors errors) => text?.Trim() switch
    {
        null or "" => GroupKind.Unspecified,
        "内部群" => GroupKind.WeComInternal,
        "客户群" or "外部群" => GroupKind.WeComCustomer,
        "个人群" or "微信群" => GroupKind.WeChatPersonal,
        var t => ParseEnum(t, "kind", GroupKind.Unspecified, errors),
    };

    private static T ParseEnum<T>(string? text, string field, T fallback, ValidationErrors errors) where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(text)) return fallback;
        if (Enum.TryParse<T>(text.Trim(), ignoreCase: true, out var value) && Enum.IsDefined(value) && !int.TryParse(text, out _)) return value;
        errors.Add(field, $"'{text}' is not one of {string.Join(", ", Enum.GetNames<T>())}", ServerText.Of(ValidationCodes.NotOneOf, ("value", text), ("values", Enum.GetNames<T>())));
        return fallback;
    }

    private static IReadOnlyList<string> SplitList(string? text) =>
        string.IsNullOrWhiteSpace(text) ? [] : text.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static string? NullIfEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private static string FieldOf(string? jsonPath) => string.IsNullOrEmpty(jsonPath) ? "$" : jsonPath.TrimStart('$', '.');
}
