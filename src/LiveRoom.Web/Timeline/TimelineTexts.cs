namespace LiveRoom.Web.Timeline;

/// <summary>The timeline feature's dashboard texts (zh-CN, en); <see cref="Shared.UiText"/> joins every feature's list.</summary>
internal static class TimelineTexts
{
    public static Dictionary<string, (string Zh, string En)> Strings => new()
    {
        ["timeline.nav"] = ("时间线", "Timeline"),
        ["timeline.title"] = ("发售时间线", "Launch timeline"),
        ["timeline.kind"] = ("类型", "Kind"),
        ["timeline.actor"] = ("操作人", "Actor"),
        ["timeline.group"] = ("社群 ID", "Group id"),
        ["timeline.at"] = ("时间", "Time"),
        ["timeline.action"] = ("动作", "Action"),
        ["timeline.summary"] = ("内容", "What"),
        ["timeline.groups"] = ("社群", "Groups"),
        ["timeline.allGroups"] = ("全部社群", "All groups"),
        ["timeline.nGroups"] = ("{0} 个社群", "{0} groups"),
        ["timeline.count"] = ("共 {0} 条", "{0} entries"),
        ["timeline.kind.OperatorAction"] = ("操作", "Operator action"),
        ["timeline.kind.Announcement"] = ("公告", "Announcement"),
        ["timeline.kind.Delivery"] = ("投递", "Delivery"),
        ["timeline.kind.Cue"] = ("提示", "Cue"),
        ["timeline.kind.Alert"] = ("告警", "Alert"),
        ["timeline.kind.Playbook"] = ("预案", "Playbook"),
        ["timeline.kind.Incident"] = ("事故", "Incident"),
        ["timeline.kind.Security"] = ("安全", "Security"),
    };
}
