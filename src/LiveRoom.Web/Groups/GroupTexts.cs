namespace LiveRoom.Web.Groups;

/// <summary>
/// The groups feature's dashboard texts (zh-CN, en): a group's alert codes (<see cref="Domain.Launches.AlertCodes"/>)
/// as row flags (<c>alert.{code}</c>, read by <see cref="Shared.Ui.Alert"/>) and the timeline
/// sentences the board and the group grains record as codes (<c>text.{action}</c>, rendered by
/// <see cref="Shared.Ui.Render(Domain.Shared.ServerText, string?)"/>).
/// </summary>
internal static class GroupTexts
{
    public static Dictionary<string, (string Zh, string En)> Strings => new()
    {
        ["alert.dismissed"] = ("群已解散", "Chat dismissed"),
        ["alert.negative_spike"] = ("负面集中爆发", "Negative spike"),
        ["alert.leave_wave"] = ("退群潮", "Leave wave"),
        ["alert.member_mismatch"] = ("成员数不一致", "Member count mismatch"),
        ["alert.seeded_early_join"] = ("水军过早入群", "Seeded member joined early"),

        // A group's negative spike, written by the group when it starts (args: group, minutes, count, quote).
        ["text.mood.negative_spike"] = ("{group} 负面消息激增：{minutes} 分钟内 {count} 条：「{quote}」",
            "{group}: negative messages spiked, {count} in {minutes} min: “{quote}”"),

        // Board alerts of groups, one entry per tick for all groups that changed (args: groups, count, more).
        ["text.group.silent"] = ("{groups}：{minutes} 分钟无动静（{count} 个群）", "{groups}: quiet for {minutes} min ({count} groups)"),
        ["text.group.silent.cleared"] = ("{groups}：恢复发言（{count} 个群）", "{groups}: speaking again ({count} groups)"),
        ["text.group.dismissed"] = ("{groups}：群已被解散（{count} 个群）", "{groups}: chat dismissed ({count} groups)"),
        ["text.group.dismissed.cleared"] = ("{groups}：解散标记已清除（{count} 个群）", "{groups}: dismissed flag cleared ({count} groups)"),
        ["text.group.leave_wave"] = ("{groups}：退群潮（{count} 个群）", "{groups}: leave wave ({count} groups)"),
        ["text.group.leave_wave.cleared"] = ("{groups}：退群潮已解除（{count} 个群）", "{groups}: leave wave over ({count} groups)"),
        ["text.group.member_mismatch"] = ("{groups}：成员数不一致（{count} 个群）", "{groups}: member count mismatch ({count} groups)"),
        ["text.group.member_mismatch.cleared"] = ("{groups}：成员数已一致（{count} 个群）", "{groups}: member count matches again ({count} groups)"),
        ["text.group.seeded_early_join"] = ("{groups}：水军过早入群（{count} 个群）", "{groups}: seeded member joined early ({count} groups)"),
        ["text.group.seeded_early_join.cleared"] = ("{groups}：水军过早入群已解除（{count} 个群）", "{groups}: early seeded join cleared ({count} groups)"),

        // Board alerts of SKUs (args: sku, and the numbers of the alert).
        ["text.sku.oversold"] = ("{sku} 超卖：已售 {sold}，库存 {stock}", "{sku} oversold: {sold} sold, {stock} in stock"),
        ["text.sku.sold_out"] = ("{sku} 已售罄（库存 {stock}）", "{sku} sold out (stock {stock})"),
        ["text.sku.low"] = ("{sku} 库存不足：剩余 {remaining}", "{sku} running low: {remaining} left"),
        ["text.sku.oversold.cleared"] = ("{sku} 超卖已解除", "{sku} no longer oversold"),
        ["text.sku.sold_out.cleared"] = ("{sku} 售罄已解除", "{sku} back in stock"),
        ["text.sku.low.cleared"] = ("{sku} 库存不足已解除", "{sku} stock no longer low"),
    };
}
