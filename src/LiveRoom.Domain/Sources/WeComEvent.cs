using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace LiveRoom.Domain.Sources;

/// <summary>
/// A decrypted WeCom callback, as far as LiveRoom reads it: the message type and event, and for
/// <c>change_external_chat</c> (客户群变更事件, developer.work.weixin.qq.com/document/path/92130) the
/// chat id, change type (<c>create</c>, <c>update</c>, <c>dismiss</c>), update detail
/// (<c>add_member</c>, <c>del_member</c>, <c>change_owner</c>, <c>change_name</c>, <c>change_notice</c>),
/// join/quit scene, the count and list of changed members and the member-list versions.
/// </summary>
public sealed record WeComEvent
{
    public const string ChangeExternalChat = "change_external_chat";
    /// <summary>A single callback can list at most a whole group; more is not a group.</summary>
    public const int MaxMembers = 5_000;

    public required string MsgType { get; init; }
    public string? Event { get; init; }
    public string? ToUserName { get; init; }
    public long CreateTime { get; init; }
    public string? ChatId { get; init; }
    public string? ChangeType { get; init; }
    public string? UpdateDetail { get; init; }
    public int JoinScene { get; init; }
    public int QuitScene { get; init; }
    public int MemChangeCnt { get; init; }
    public IReadOnlyList<string> Members { get; init; } = [];
    public string? LastMemVer { get; init; }
    public string? CurMemVer { get; init; }

    public bool IsChatChange => MsgType == "event" && Event == ChangeExternalChat;

    /// <summary>The event, or null with the reason (hostile or malformed XML, no MsgType, a chat change without ChatId or ChangeType).</summary>
    public static WeComEvent? Parse(string xml, out string? error)
    {
        if (WeComXml.Root(xml, out error) is not { } root) return null;
        var msgType = WeComXml.Text(root, "MsgType");
        if (string.IsNullOrEmpty(msgType))
        {
            error = "missing <MsgType>";
            return null;
        }
        // WeCom documents <MemChangeList><Item>id</Item>…</MemChangeList>; older callbacks carried one
        // comma-separated text. Both are read.
        var list = root.Element("MemChangeList");
        var members = list is null ? []
            : list.Elements("Item").Any() ? list.Elements("Item").Select(i => i.Value.Trim()).ToList()
            : list.Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        if (members.Count > MaxMembers || members.Any(m => m.Length is 0 or > 128))
        {
            error = "<MemChangeList> is too long or has an empty or overlong id";
            return null;
        }
        var e = new WeComEvent
        {
            MsgType = msgType,
            Event = WeComXml.Text(root, "Event"),
            ToUserName = WeComXml.Text(root, "ToUserName"),
            CreateTime = Number(root, "CreateTime"),
            ChatId = WeComXml.Text(root, "ChatId", 128),
            ChangeType = WeComXml.Text(root, "ChangeType"),
            UpdateDetail = WeComXml.Text(root, "UpdateDetail"),
            JoinScene = (int)Math.Clamp(Number(root, "JoinScene"), 0, 1000),
            QuitScene = (int)Math.Clamp(Number(root, "QuitScene"), 0, 1000),
            MemChangeCnt = (int)Math.Clamp(Number(root, "MemChangeCnt"), 0, MaxMembers),
            Members = members,
            LastMemVer = WeComXml.Text(root, "LastMemVer"),
            CurMemVer = WeComXml.Text(root, "CurMemVer"),
        };
        if (e.IsChatChange && (string.IsNullOrEmpty(e.ChatId) || string.IsNullOrEmpty(e.ChangeType)))
        {
            error = "a change_external_chat event without <ChatId> or <ChangeType>";
            return null;
        }
        return e;
    }

    /// <summary>
    /// The same for every delivery of one change: WeCom repeats a callback it got no answer to, with
    /// the same content. Covers every field that tells two real changes apart (two joins in the same
    /// second differ in their member list and member-list version).
    /// </summary>
    public string DedupeKey()
    {
        var text = string.Join('\n', ChatId, ChangeType, UpdateDetail, CreateTime.ToString(CultureInfo.InvariantCulture),
            JoinScene.ToString(CultureInfo.InvariantCulture), QuitScene.ToString(CultureInfo.InvariantCulture),
            MemChangeCnt.ToString(CultureInfo.InvariantCulture), LastMemVer, CurMemVer, string.Join(',', Members));
        return "wc-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)).AsSpan(0, 12));
    }

    private static long Number(System.Xml.Linq.XElement root, string name) =>
        long.TryParse(WeComXml.Text(root, name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : 0;
}
