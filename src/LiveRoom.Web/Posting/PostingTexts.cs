namespace LiveRoom.Web.Posting;

/// <summary>The staff posting feature's texts (zh-CN, en); <see cref="Shared.UiText"/> joins every feature's list.</summary>
internal static class PostingTexts
{
    public static Dictionary<string, (string Zh, string En)> Strings => new()
    {
        // The owner's / assistant's phone page (/p/{token}).
        ["post.title"] = ("待发公告", "Notices to post"),
        ["post.hello"] = ("{0}，你负责 {1} 个群", "{0}, you post to {1} groups"),
        ["post.summary"] = ("超时 {0} · 待发 {1}", "late {0} · due {1}"),
        ["post.none"] = ("现在没有待发的公告。", "Nothing to post right now."),
        ["post.copy"] = ("复制", "Copy"),
        ["post.copied"] = ("已复制", "Copied"),
        ["post.posted"] = ("已发", "Posted"),
        ["post.status.Due"] = ("待发", "due"),
        ["post.status.Late"] = ("超时未发", "late"),
        ["post.status.Posted"] = ("已发", "posted"),
        ["post.dueAt"] = ("{0} 起待发", "due since {0}"),
        ["post.postedBy"] = ("{0} 于 {1} 已发", "posted by {0} at {1}"),
        ["post.gone"] = ("链接无效、已撤销或活动已结束。", "This link is unknown, revoked, or its launch has ended."),
        ["post.closed"] = ("这条公告已取消，不要再发了。", "This notice was cancelled; do not post it."),

        // The operator's panel on the announcements page.
        ["post.links.title"] = ("群主 / 助理发布链接", "Staff posting links"),
        ["post.links.hint"] = ("人工发布的群（StaffPost）：每位群主、助理一个手机链接，免登录，只显示一次，可撤销，活动结束即失效。",
            "Staff-posted groups (StaffPost): one phone link per owner or assistant, no login, shown once, revocable, expires when the launch ends."),
        ["post.links.none"] = ("未发链接", "no link"),
        ["post.links.active"] = ("有效", "active"),
        ["post.links.revoked"] = ("已撤销", "revoked"),
        ["post.links.issue"] = ("生成新链接", "New link"),
        ["post.links.revoke"] = ("撤销", "Revoke"),
        ["post.links.new"] = ("{0} 的新链接（只显示这一次）：", "New link for {0} (shown only this once):"),
        ["post.links.nobody"] = ("没有人工发布的群。", "No staff-posted group."),
        ["post.lateBanner"] = ("{0} 条人工发布的公告超时未发（见送达矩阵 !）", "{0} staff-posted notices are late (see ! in the delivery matrix)"),

        // Server-made texts.
        ["text.posting.link_issued"] = ("生成 {person} 的发布链接", "Issued a posting link for {person}"),
        ["text.posting.link_revoked"] = ("撤销 {person} 的发布链接", "Revoked the posting link of {person}"),
        ["text.posting.link_status.unknown"] = ("链接无效。", "There is no such link."),
        ["text.posting.link_status.revoked"] = ("链接已被撤销，请向操盘手要新链接。", "This link was revoked; ask your operator for a new one."),
        ["text.posting.link_status.expired"] = ("活动已结束，链接已失效。", "The launch has ended; this link no longer works."),
    };
}
