using System.Collections.Frozen;
using System.Text.RegularExpressions;
using LiveRoom.Domain.Shared;
using LiveRoom.Domain.Timeline;
using LiveRoom.Domain.Announcements;
using LiveRoom.Domain.Groups;
using LiveRoom.Domain.Launches;
using LiveRoom.Web.Access;
using LiveRoom.Web.Announcements;
using LiveRoom.Web.Cues;
using LiveRoom.Web.Groups;
using LiveRoom.Web.Playbooks;
using LiveRoom.Web.Review;
using LiveRoom.Web.Setup;
using LiveRoom.Web.Sources;
using LiveRoom.Web.Timeline;

namespace LiveRoom.Web.Shared;

/// <summary>
/// Every dashboard string in one place, Chinese first. A dictionary rather than resx: two
/// languages, one file, and a missing key shows up as the key itself instead of a blank.
/// </summary>
public sealed partial class Ui
{
    public string this[string key] => UiText.Strings.TryGetValue(key, out var t) ? (UiCultures.IsEnglish ? t.En : t.Zh) : key;

    public string Format(string key, params object?[] args) => string.Format(System.Globalization.CultureInfo.CurrentCulture, this[key], args);

    public string Phase(LaunchPhase phase) => this["phase." + phase];

    public string Tier(GroupTier tier) => this["tier." + tier];

    public string Mode(ConversionMode mode) => this["mode." + mode];

    /// <summary>
    /// A sentence the server recorded as a code and arguments, in the reader's language:
    /// <c>text.{code}</c> with <c>{name}</c> placeholders; <c>{name:prefix}</c> shows the text
    /// <c>prefix.{value}</c> instead of the raw value (a cue kind, a channel). Without a text for the
    /// code, <paramref name="fallback"/> (an entry stored before codes existed) or the code itself.
    /// </summary>
    public string Render(ServerText? text, string? fallback = null) => Render(text, fallback, UiCultures.IsEnglish);

    /// <summary>A timeline entry's sentence; free text (operators' notes) stays as written.</summary>
    public string Render(TimelineEntry entry) => Render(entry, UiCultures.IsEnglish);

    /// <summary>
    /// The same for an explicit language (the export and the hub, which render outside a request's culture).
    /// Three formats take lists (<see cref="ServerText.Nested"/>, <see cref="ServerText.Names"/>):
    /// <c>{name:text}</c> renders nested sentences joined by a comma, <c>{name:texts}</c> by a
    /// semicolon, <c>{name:names}</c> joins names with the language's enumeration comma.
    /// </summary>
    public static string Render(ServerText? text, string? fallback, bool english)
    {
        if (text is null || !UiText.Strings.TryGetValue("text." + text.Code, out var template))
            return string.IsNullOrEmpty(fallback) ? text?.ToString() ?? "" : fallback;
        return Placeholder().Replace(english ? template.En : template.Zh, m =>
        {
            var value = text.Arg(m.Groups["name"].Value);
            var prefix = m.Groups["prefix"];
            if (!prefix.Success) return value;
            return prefix.Value switch
            {
                "text" => string.Join(english ? ", " : "，", ServerText.Nested(value).Select(t => Render(t, null, english))),
                "texts" => string.Join(english ? "; " : "；", ServerText.Nested(value).Select(t => Render(t, null, english))),
                "names" => string.Join(english ? ", " : "、", ServerText.Names(value)),
                _ => UiText.Strings.TryGetValue(prefix.Value + "." + value, out var t) ? (english ? t.En : t.Zh) : value,
            };
        });
    }

    /// <summary>
    /// A timeline entry in an explicit language. An entry with a summary and no arguments is free
    /// text or was stored before codes existed: its summary is what happened, as written.
    /// </summary>
    public static string Render(TimelineEntry entry, bool english) =>
        entry.Args.Count == 0 && entry.Summary.Length > 0 ? entry.Summary : Render(entry.Text, entry.Summary, english);

    /// <summary>True when the reader's texts know the code in both languages (the completeness test).</summary>
    public static bool HasText(string code) => UiText.Strings.ContainsKey("text." + code);

    /// <summary>Both languages of a key, for the completeness tests; null when there is none.</summary>
    public static (string Zh, string En)? TextOf(string key) => UiText.Strings.TryGetValue(key, out var t) ? t : null;

    /// <summary>Every key, for the completeness tests.</summary>
    public static IEnumerable<string> Keys => UiText.Strings.Keys;

    [GeneratedRegex(@"\{(?<name>[A-Za-z][A-Za-z0-9]*)(?::(?<prefix>[A-Za-z0-9.]+))?\}")]
    private static partial Regex Placeholder();

    /// <summary>A time span for people, in the reader's language ("2分钟" / "2 min"), like the announcements' {t_minus}.</summary>
    public string Span(TimeSpan span)
    {
        var (h, m, seconds) = TemplateValues.Rounded(span);
        if (h == 0 && m == 0) return Format("time.seconds", seconds);
        if (h == 0) return Format("time.minutes", m);
        return m == 0 ? Format("time.hours", h) : Format("time.hoursMinutes", h, m);
    }

    /// <summary>Alert codes come from the grains ("leave_wave"); unknown codes are shown as they are.</summary>
    public string Alert(string code) => UiText.Strings.ContainsKey("alert." + code) ? this["alert." + code] : code;
}

/// <summary>
/// The strings, one dictionary per feature (each in its own Ui.Feature.cs part) so features do
/// not edit each other's lists. A key defined twice fails at startup, not silently.
/// </summary>
internal static partial class UiText
{
    public static readonly FrozenDictionary<string, (string Zh, string En)> Strings =
        new[] { Core, AccessTexts.Strings, TimelineTexts.Strings, ReviewTexts.Strings, CueTexts.Strings, GroupTexts.Strings, AnnouncementTexts.Strings, PlaybookTexts.Strings, SetupTexts.Strings, SourceTexts.Strings }.SelectMany(d => d).ToDictionary(StringComparer.Ordinal).ToFrozenDictionary(StringComparer.Ordinal);

    private static Dictionary<string, (string Zh, string En)> Core => new()
    {
        ["app.name"] = ("LiveRoom 社群发售控制台", "LiveRoom launch control"),
        ["app.notPersisted"] = ("内嵌模式：所有数据仅保存在内存中，重启即丢失。", "Embedded mode keeps everything in memory; a restart loses it."),
        ["nav.launches"] = ("发售活动", "Launches"),
        ["nav.logout"] = ("退出登录", "Log out"),
        ["nav.board"] = ("实时看板", "Live board"),
        ["nav.edit"] = ("设置", "Setup"),
        ["nav.back"] = ("返回看板", "Back to board"),
        ["common.loading"] = ("加载中…", "Loading…"),
        ["common.save"] = ("保存", "Save"),
        ["common.saved"] = ("已保存", "Saved"),
        ["common.cancel"] = ("取消", "Cancel"),
        ["common.all"] = ("全部", "All"),
        ["common.none"] = ("无", "None"),
        ["common.notFound"] = ("找不到发售活动 {0}", "There is no launch {0}"),
        ["common.pageNotFound"] = ("页面不存在。", "There is no such page."),
        ["common.denied"] = ("你的角色无权执行此操作（或角色已变更），未做任何更改。", "Your role may not do this (or it changed): nothing was changed."),
        ["common.fixErrors"] = ("请修正以下问题：", "Please fix the following:"),
        ["login.title"] = ("登录", "Log in"),
        ["login.user"] = ("用户名", "User name"),
        ["login.password"] = ("密码", "Password"),
        ["login.submit"] = ("登录", "Log in"),
        ["login.failed"] = ("用户名或密码错误。", "Unknown user or wrong password."),
        ["login.hint"] = ("首次运行时登录信息会打印在服务器控制台。", "On a first run the login is printed on the server console."),
        ["list.title"] = ("发售活动", "Launches"),
        ["list.empty"] = ("还没有发售活动，在下方创建一个。", "No launches yet; create one below."),
        ["list.name"] = ("名称", "Name"),
        ["list.t0"] = ("开售时间 (T0)", "Starts (T0)"),
        ["list.ends"] = ("结束时间", "Ends"),
        ["list.phase"] = ("阶段", "Phase"),
        ["list.open"] = ("打开看板", "Open board"),
        ["create.title"] = ("创建发售活动", "Create a launch"),
        ["create.id"] = ("活动 ID（可留空自动生成）", "Launch id (blank: generated)"),
        ["create.submit"] = ("创建", "Create"),
        ["create.exists"] = ("活动 {0} 已存在。", "A launch {0} already exists."),
        ["create.firstSku"] = ("首个商品（之后可在设置中添加更多）", "First SKU (add more later in setup)"),
        ["field.name"] = ("名称", "Name"),
        ["field.t0"] = ("开售时间 T0（当地时间）", "T0 (local time)"),
        ["field.timeZone"] = ("时区", "Time zone"),
        ["field.ends"] = ("结束时间（当地时间）", "Ends (local time)"),
        ["field.warmup"] = ("预热提前（分钟）", "Warm-up lead (min)"),
        ["field.countdown"] = ("倒计时提前（分钟）", "Countdown lead (min)"),
        ["field.closing"] = ("促单提前结束（分钟）", "Closing lead (min)"),
        ["field.targetOrders"] = ("订单目标", "Orders target"),
        ["field.targetGmv"] = ("GMV 目标 (¥)", "GMV target (¥)"),
        ["field.skuId"] = ("商品 ID", "SKU id"),
        ["field.skuName"] = ("商品名称", "SKU name"),
        ["field.price"] = ("售价", "Price"),
        ["field.anchor"] = ("划线价", "Anchor price"),
        ["field.stock"] = ("初始库存", "Initial stock"),
        ["field.lowStock"] = ("低库存阈值", "Low-stock threshold"),
        ["phase.Draft"] = ("草稿", "Draft"),
        ["phase.Warmup"] = ("预热", "Warm-up"),
        ["phase.Countdown"] = ("倒计时", "Countdown"),
        ["phase.Live"] = ("开售中", "Live"),
        ["phase.Closing"] = ("促单", "Closing"),
        ["phase.Ended"] = ("已结束", "Ended"),
        ["phase.Auto"] = ("自动（按时间）", "Auto (by clock)"),
        ["tier.Pond"] = ("鱼塘群", "Pond"),
        ["tier.Transit"] = ("中转群", "Transit"),
        ["tier.Core"] = ("核心群", "Core"),
        ["mode.ChainSignup"] = ("群接龙", "Chain sign-up"),
        ["mode.GroupBuy"] = ("拼团", "Group buy"),
        ["mode.Discount"] = ("优惠折扣", "Discount"),
        ["mood.title"] = ("群氛围（近 10 分钟）", "Chat mood (last 10 min)"),
        ["mood.Calm"] = ("平稳", "Calm"),
        ["mood.Tense"] = ("紧张", "Tense"),
        ["mood.Negative"] = ("负面", "Negative"),
        ["mood.negatives"] = ("负面消息", "Negative messages"),
        ["mood.unanswered"] = ("未回复提问", "Unanswered questions"),
        ["mood.rate"] = ("消息/分钟", "Messages / min"),
        ["mood.recentNegatives"] = ("最新负面", "Latest negatives"),
        ["mood.openQuestions"] = ("待回复提问", "Questions waiting"),
        ["chain.title"] = ("群接龙", "Sign-up chains (接龙)"),
        ["chain.none"] = ("还没有接龙", "No chain yet"),
        ["chain.posts"] = ("次更新", "posts"),
        ["board.toStart"] = ("距开售", "Starts in"),
        ["board.toEnd"] = ("距结束", "Ends in"),
        ["board.ended"] = ("已结束", "Ended"),
        ["time.seconds"] = ("{0}秒", "{0} s"),
        ["time.minutes"] = ("{0}分钟", "{0} min"),
        ["time.hours"] = ("{0}小时", "{0} h"),
        ["time.hoursMinutes"] = ("{0}小时{1}分钟", "{0} h {1} min"),
        ["app.notPersistedTitle"] = ("数据未持久化", "NOT PERSISTED"),
        ["time.zoneNote"] = ("时间为 {0} 时区", "Times in {0}"),
        ["board.serverClock"] = ("服务器时间 {0}", "Server time {0}"),
        ["board.groups"] = ("{0} 个社群 · {1} 个活跃", "{0} groups · {1} active"),
        ["board.pinned"] = ("手动锁定", "pinned"),
        ["kpi.uv"] = ("访客 UV", "Visitors (UV)"),
        ["kpi.pv"] = ("浏览 PV", "Page views (PV)"),
        ["kpi.orders"] = ("订单", "Orders"),
        ["kpi.gmv"] = ("成交额 GMV", "GMV"),
        ["kpi.conversion"] = ("转化率", "Conversion"),
        ["kpi.signups"] = ("接龙报名", "Sign-ups"),
        ["kpi.members"] = ("群成员", "Members"),
        ["kpi.ofTarget"] = ("目标 {0} · {1}", "target {0} · {1}"),
        ["kpi.conversionHint"] = ("订单 / UV", "orders / UV"),
        ["kpi.membersHint"] = ("+{0} 入群 · −{1} 退群", "+{0} joined · −{1} left"),
        ["kpi.perMinute"] = ("近一分钟 +{0}", "last minute +{0}"),
        ["chart.traffic"] = ("流量（每分钟）", "Traffic per minute"),
        ["chart.sales"] = ("订单与成交额（每分钟）", "Orders & GMV per minute"),
        ["chart.chat"] = ("社群动态（每分钟）", "Group activity per minute"),
        ["chart.pv"] = ("PV", "PV"),
        ["chart.uv"] = ("新增 UV", "New UV"),
        ["chart.orders"] = ("订单", "Orders"),
        ["chart.gmv"] = ("GMV", "GMV"),
        ["chart.joins"] = ("入群", "Joins"),
        ["chart.leaves"] = ("退群", "Leaves"),
        ["chart.messages"] = ("消息", "Messages"),
        ["chart.signups"] = ("报名", "Sign-ups"),
        ["inv.title"] = ("库存", "Inventory"),
        ["inv.remaining"] = ("剩余 {0} / {1}", "{0} left of {1}"),
        ["inv.soldOut"] = ("已售罄", "Sold out"),
        ["inv.low"] = ("库存紧张", "Low stock"),
        ["inv.oversold"] = ("超卖", "Oversold"),
        ["inv.forecast"] = ("约 {0} 分钟后售罄", "sells out in ~{0} min"),
        ["inv.sold"] = ("已售 {0}", "{0} sold"),
        ["lb.title"] = ("社群排行", "Group leaderboard"),
        ["lb.search"] = ("搜索群名或 ID", "Search name or id"),
        ["lb.tier"] = ("层级", "Tier"),
        ["lb.group"] = ("社群", "Group"),
        ["lb.uv"] = ("UV", "UV"),
        ["lb.pv"] = ("PV", "PV"),
        ["lb.orders"] = ("订单", "Orders"),
        ["lb.gmv"] = ("GMV", "GMV"),
        ["lb.signups"] = ("报名", "Sign-ups"),
        ["lb.members"] = ("成员", "Members"),
        ["lb.last"] = ("最近活动", "Last activity"),
        ["lb.flags"] = ("状态", "Flags"),
        ["lb.silent"] = ("沉默", "Silent"),
        ["lb.alertCount"] = ("{0} 个群告警", "{0} alerting"),
        ["lb.silentCount"] = ("{0} 个群沉默", "{0} silent"),
        ["lb.onlyFlagged"] = ("只看异常", "Flagged only"),
        ["lb.count"] = ("显示 {0} / {1}", "showing {0} of {1}"),
        ["lb.never"] = ("—", "—"),
        ["lb.ago"] = ("{0} 前", "{0} ago"),
        ["edit.title"] = ("活动设置", "Launch setup"),
        ["edit.launch"] = ("基本信息", "Launch"),
        ["edit.skus"] = ("商品", "SKUs"),
        ["edit.addSku"] = ("添加商品", "Add SKU"),
        ["edit.remove"] = ("删除", "Remove"),
        ["edit.targets"] = ("目标", "Targets"),
        ["edit.phase"] = ("阶段手动控制", "Phase override"),
        ["edit.phaseNow"] = ("当前阶段：{0}", "Current phase: {0}"),
        ["edit.applyPhase"] = ("应用", "Apply"),
        ["edit.keys"] = ("数据接入密钥", "Ingestion keys"),
        ["edit.serverKey"] = ("服务端密钥（订单 / 机器人回调）", "Server key (shop & bot webhooks)"),
        ["edit.beaconKey"] = ("埋点密钥（销售页，仅 PV）", "Beacon key (sale page, page views only)"),
        ["edit.reveal"] = ("显示", "Reveal"),
        ["edit.hide"] = ("隐藏", "Hide"),
        ["edit.rotate"] = ("轮换密钥", "Rotate keys"),
        ["edit.rotateConfirm"] = ("确认轮换？旧密钥立即失效", "Confirm: old keys stop working now"),
        ["edit.rotated"] = ("密钥已轮换", "Keys rotated"),
        ["edit.group"] = ("登记单个社群", "Register one group"),
        ["edit.groupSaved"] = ("社群 {0} 已登记，共 {1} 个社群", "Group {0} registered; {1} groups in total"),
        ["edit.import"] = ("批量导入社群", "Bulk import groups"),
        ["edit.importHint"] = ("粘贴 CSV（表头：id,name,tier,owner,assistants,memberCount,seededMembers,conversionMode,variant；列表用 | 分隔）或 JSON 数组，或上传文件。", "Paste CSV (header: id,name,tier,owner,assistants,memberCount,seededMembers,conversionMode,variant; lists separated by |) or a JSON array, or upload a file."),
        ["edit.upload"] = ("上传文件", "Upload file"),
        ["edit.importRun"] = ("导入", "Import"),
        ["edit.importResult"] = ("导入 {0} 个，拒绝 {1} 行，现共 {2} 个社群", "{0} imported, {1} rows rejected, {2} groups now"),
        ["edit.row"] = ("行", "Row"),
        ["edit.field"] = ("字段", "Field"),
        ["edit.message"] = ("问题", "Problem"),
        ["edit.tooLarge"] = ("文件过大（最大 {0} MB）", "File too large (max {0} MB)"),
        ["group.id"] = ("群 ID", "Group id"),
        ["group.name"] = ("群名称", "Group name"),
        ["group.tier"] = ("层级", "Tier"),
        ["group.owner"] = ("群主", "Owner"),
        ["group.assistants"] = ("群助理（| 分隔）", "Assistants (| separated)"),
        ["group.seeded"] = ("水军 / 托（| 分隔）", "Seeded members (| separated)"),
        ["group.memberCount"] = ("成员数", "Members"),
        ["group.mode"] = ("转化方式", "Conversion mode"),
        ["group.kind"] = ("群类型", "Kind of chat"),
        ["group.kind.Unspecified"] = ("未指定", "Unspecified"),
        ["group.kind.WeComInternal"] = ("企业微信内部群", "WeCom internal group"),
        ["group.kind.WeComCustomer"] = ("企业微信客户群", "WeCom customer group"),
        ["group.kind.WeChatPersonal"] = ("个人微信群", "Personal WeChat group"),
        ["group.variant"] = ("A/B 版本", "A/B variant"),
        ["group.title"] = ("社群详情", "Group detail"),
        ["group.registration"] = ("登记信息", "Registration"),
        ["group.stats"] = ("数据", "Stats"),
        ["group.unknown"] = ("该活动没有社群 {0}", "This launch has no group {0}"),
        ["group.joins"] = ("入群", "Joins"),
        ["group.leaves"] = ("退群", "Leaves"),
        ["group.messages"] = ("消息", "Messages"),
        ["group.alert"] = ("告警", "Alert"),
    };
}
