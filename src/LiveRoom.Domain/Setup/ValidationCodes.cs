using LiveRoom.Domain.Timeline;

namespace LiveRoom.Domain.Setup;

/// <summary>
/// The codes of validation and import problems shown on the dashboard's forms (rendered as
/// <c>text.{code}</c>); the API keeps the English message of each. A test checks both languages.
/// </summary>
public static class ValidationCodes
{
    public const string Required = "validation.required";
    public const string MaxLength = "validation.max_length";
    public const string NotNegative = "validation.not_negative";
    public const string Positive = "validation.positive";
    public const string Between = "validation.between";
    public const string AtMost = "validation.at_most";
    public const string OneOf = "validation.one_of";
    public const string NotOneOf = "validation.not_one_of";
    public const string NotWhole = "validation.not_whole";
    public const string Id = "validation.id";
    public const string NoEmptyNames = "validation.no_empty_names";
    public const string TimeZone = "validation.time_zone";
    public const string After = "validation.after";
    public const string NotShorter = "validation.not_shorter";
    public const string Url = "validation.url";
    public const string SkuRequired = "validation.sku_required";
    public const string TooManySkus = "validation.too_many_skus";
    public const string DuplicateSku = "validation.duplicate_sku";
    public const string GroupsRequired = "validation.groups_required";
    public const string TooManyGroups = "validation.too_many_groups";
    public const string ImportEmpty = "import.empty";
    public const string ImportNoIdColumn = "import.no_id_column";
    public const string ImportTooMany = "import.too_many";
    public const string ImportBadJson = "import.bad_json";
    public const string ImportNotArray = "import.not_array";
    public const string ImportNotObject = "import.not_object";
    public const string ImportWrongType = "import.wrong_type";
    public const string ImportDuplicate = "import.duplicate";

    public static IReadOnlyList<string> All { get; } = TimelineActions.Codes(typeof(ValidationCodes));
}
