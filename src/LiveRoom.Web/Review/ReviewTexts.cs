namespace LiveRoom.Web.Review;

/// <summary>The review feature's dashboard texts (zh-CN, en); <see cref="Shared.UiText"/> joins every feature's list.</summary>
internal static class ReviewTexts
{
    public static Dictionary<string, (string Zh, string En)> Strings => new()
    {
        ["review.nav"] = ("复盘", "Review"),
        ["review.title"] = ("发售复盘", "Launch review"),
        ["review.exportCsv"] = ("导出时间线 CSV", "Export timeline CSV"),
        ["review.exportJson"] = ("导出时间线 JSON", "Export timeline JSON"),
        ["review.kpis"] = ("核心指标 vs 目标", "KPIs vs targets"),
        ["review.achieved"] = ("实际", "Achieved"),
        ["review.target"] = ("目标", "Target"),
        ["review.ofTarget"] = ("完成率", "Of target"),
        ["review.best"] = ("表现最好的社群", "Best groups"),
        ["review.worst"] = ("表现最差的社群（有访客）", "Worst groups (with visitors)"),
        ["review.tier"] = ("层级", "Tier"),
        ["review.byMode"] = ("A/B：转化方式对比", "A/B: conversion modes"),
        ["review.byVariant"] = ("A/B：实验组对比", "A/B: variants"),
        ["review.noArms"] = ("不足两组，无法对比。", "Fewer than two arms: nothing to compare."),
        ["review.conversionDef"] = ("转化率 = 订单数 ÷ 访客 UV（每个社群的订单数最多计为其 UV）；区间为 95% Wilson 置信区间；与访客最多的一组做双比例 z 检验。",
            "Conversion = orders ÷ unique visitors (a group's orders count at most its visitors); intervals are 95 % Wilson; each arm is tested against the arm with the most visitors by a two-proportion z-test."),
        ["review.arm"] = ("分组", "Arm"),
        ["review.groups"] = ("社群数", "Groups"),
        ["review.ci"] = ("95% 置信区间", "95 % interval"),
        ["review.significant"] = ("{0} 与 {1} 的差异显著：{2} 个百分点（z = {3}，p = {4}）。", "{0} differs significantly from {1}: {2} points (z = {3}, p = {4})."),
        ["review.notSignificant"] = ("{0} 与 {1} 的差异不显著（{2} 个百分点，z = {3}，p = {4}）：不能据此认为其中一种更好。", "The difference between {0} and {1} is not significant ({2} points, z = {3}, p = {4}): it does not show that either is better."),
        ["review.incidents"] = ("事故", "Incidents"),
        ["review.noIncidents"] = ("时间线中没有事故记录。", "No incidents on the timeline."),
        ["review.duration"] = ("持续时间", "Duration"),
        ["review.firstMessage"] = ("首条消息用时", "Time to first message"),
        ["review.open"] = ("未解决", "Open"),
        ["review.cues"] = ("提示效果", "Cue effectiveness"),
        ["review.noCues"] = ("时间线中没有提示记录。", "No cues on the timeline."),
        ["review.cueFollowUp"] = ("提示发出到首次跟进（中位数）：{0}（{1} 条提示）", "Median time from a cue to its first follow-up: {0} ({1} cues)"),
        ["review.byKind"] = ("时间线条目", "Timeline entries"),
    };
}
