namespace LiveRoom.Web.Setup;

/// <summary>
/// The setup feature's server-made texts (zh-CN, en): validation and import problems as the
/// dashboard's forms show them (<see cref="Domain.Setup.ValidationCodes"/>); the HTTP API keeps the
/// English message of each. <see cref="Shared.UiText"/> joins every feature's list.
/// </summary>
internal static class SetupTexts
{
    public static Dictionary<string, (string Zh, string En)> Strings => new()
    {
        ["text.validation.required"] = ("必填", "is required"),
        ["text.validation.max_length"] = ("最多 {max} 个字符", "must be at most {max} characters"),
        ["text.validation.not_negative"] = ("不能为负数", "must not be negative"),
        ["text.validation.positive"] = ("必须大于 0", "must be greater than 0"),
        ["text.validation.between"] = ("必须在 {min} 到 {max} 之间", "must be between {min} and {max}"),
        ["text.validation.at_most"] = ("最多 {max} 个", "at most {max}"),
        ["text.validation.one_of"] = ("必须是 {values:names} 之一", "must be one of {values:names}"),
        ["text.validation.not_one_of"] = ("“{value}”不是 {values:names} 之一", "'{value}' is not one of {values:names}"),
        ["text.validation.not_whole"] = ("“{value}”不是整数", "'{value}' is not a whole number"),
        ["text.validation.id"] = ("须为 1–64 个字母、数字、'-'、'_' 或 '.'", "must be 1-64 characters of letters, digits, '-', '_' or '.'"),
        ["text.validation.no_empty_names"] = ("名字不能为空", "names must not be empty"),
        ["text.validation.time_zone"] = ("未知时区“{value}”，请使用 IANA 名称，如 {example}", "unknown time zone '{value}'; use an IANA name such as {example}"),
        ["text.validation.after"] = ("必须晚于 {other}", "must be after {other}"),
        ["text.validation.not_shorter"] = ("不能短于 {other}", "must not be shorter than {other}"),
        ["text.validation.url"] = ("必须是完整的 http(s) 链接，最多 {max} 个字符", "must be an absolute http(s) URL of at most {max} characters"),
        ["text.validation.sku_required"] = ("至少需要一个商品", "at least one SKU is required"),
        ["text.validation.too_many_skus"] = ("最多 {max} 个商品", "at most {max} SKUs"),
        ["text.validation.duplicate_sku"] = ("商品 ID“{id}”重复", "duplicate SKU id '{id}'"),
        ["text.validation.groups_required"] = ("至少选择一个社群", "must name at least one group"),
        ["text.validation.too_many_groups"] = ("最多 {max} 个社群", "must name at most {max} groups"),
        ["text.import.empty"] = ("文件为空，需要表头行", "the file is empty; expected a header row"),
        ["text.import.no_id_column"] = ("缺少 id 列", "missing column 'id'"),
        ["text.import.too_many"] = ("每次最多导入 {max} 个社群，其余未读取", "at most {max} groups per import; the rest were not read"),
        ["text.import.bad_json"] = ("不是有效的 JSON：{detail}", "not valid JSON: {detail}"),
        ["text.import.not_array"] = ("需要一个社群的 JSON 数组", "expected a JSON array of groups"),
        ["text.import.not_object"] = ("需要一个社群对象", "expected a group object"),
        ["text.import.wrong_type"] = ("类型或取值错误", "has the wrong type or value"),
        ["text.import.duplicate"] = ("社群“{id}”出现多次，保留了最后一行", "group '{id}' appears more than once; the last row was kept"),
    };
}
