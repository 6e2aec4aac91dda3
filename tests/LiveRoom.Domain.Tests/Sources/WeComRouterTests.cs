using System.Text;
using LiveRoom.Domain.Ingestion;
using LiveRoom.Domain.Sources;

namespace LiveRoom.Domain.Tests.Sources;

public class WeComRouterTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);
    private const string Token = "tok42";
    private const string Key = "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C";
    private const string Corp = "ww-corp";

    private static readonly SourceDefinition Source = new()
    {
        Id = "src-w", Kind = SourceKind.Wecom, Name = "企微", CorpId = Corp, Token = Token, EncodingAesKey = Key, ClientSecret = "s",
    };

    private static WeComEvent Event(string change, string? detail = null, int count = 0, params string[] members) => new()
    {
        MsgType = "event", Event = WeComEvent.ChangeExternalChat, ChatId = "chat-1", ChangeType = change, UpdateDetail = detail,
        CreateTime = Now.AddSeconds(-30).ToUnixTimeSeconds(), MemChangeCnt = count, Members = members, CurMemVer = "v1",
    };

    private static readonly WeComLink[] Linked = [new("L1", "g1", true), new("L2", "g7", true)];

    [Fact]
    public void Listed_members_join_by_id_and_the_rest_by_count_in_every_linked_launch()
    {
        var d = WeComRouter.Decide(Event("update", "add_member", 3, "Jack", "Rose"), new TradeLedger(), Linked, Now);
        Assert.Equal(SourceVerdict.Accepted, d.Verdict);
        Assert.Equal(["L1", "L2"], d.Events.Keys.Order());
        var events = d.Events["L1"];
        Assert.Equal(3, events.Count);
        Assert.All(events, e => Assert.Equal((EventKind.MemberJoined, "g1", Now.AddSeconds(-30)), (e.Kind, e.GroupId, e.At)));
        Assert.Equal(["Jack", "Rose"], events.Take(2).Select(e => e.MemberId));
        Assert.Equal(3, events.Select(e => e.Id).Distinct().Count());
        Assert.NotNull(d.MsgId);
    }

    [Fact]
    public void A_leave_a_dismiss_and_a_rename_mean_what_they_say()
    {
        var leave = WeComRouter.Decide(Event("update", "del_member", 1, "Rose"), new TradeLedger(), Linked[..1], Now);
        Assert.Equal((EventKind.MemberLeft, "Rose"), (leave.Events["L1"].Single().Kind, leave.Events["L1"].Single().MemberId));
        var dismiss = WeComRouter.Decide(Event("dismiss"), new TradeLedger(), Linked[..1], Now);
        Assert.Equal(EventKind.GroupDismissed, dismiss.Events["L1"].Single().Kind);
        var rename = WeComRouter.Decide(Event("update", "change_name"), new TradeLedger(), Linked, Now);
        Assert.Equal(2, rename.Refresh.Count);
        Assert.Empty(rename.Events);
        var owner = WeComRouter.Decide(Event("update", "change_owner"), new TradeLedger(), Linked, Now);
        Assert.Equal(SourceVerdict.Ignored, owner.Verdict);
    }

    [Fact]
    public void A_repeat_is_a_duplicate_and_an_unlinked_chat_is_unmatched()
    {
        var ledger = new TradeLedger();
        var first = WeComRouter.Decide(Event("update", "add_member", 1, "Jack"), ledger, Linked, Now);
        ledger.AddMessage(first.MsgId!);
        Assert.Equal((SourceVerdict.Duplicate, "msg-id"), (WeComRouter.Decide(Event("update", "add_member", 1, "Jack"), ledger, Linked, Now) is var d ? (d.Verdict, d.Reason) : default));

        var unlinked = WeComRouter.Decide(Event("update", "add_member", 1, "Jack"), new TradeLedger(), [], Now);
        Assert.Equal(SourceVerdict.Unmatched, unlinked.Verdict);
        Assert.Equal(("chat-1", WeComRouter.Unlinked), (unlinked.Unmatched.Single().OrderId, unlinked.Unmatched.Single().Reason));
        var ended = WeComRouter.Decide(Event("update", "add_member", 1, "Jack"), new TradeLedger(), [new("L1", "g1", false)], Now);
        Assert.Equal((SourceVerdict.Unmatched, "no-open-launch"), (ended.Verdict, ended.Reason));
    }

    private static byte[] Envelope(string encrypt) => Encoding.UTF8.GetBytes($"<xml><ToUserName><![CDATA[{Corp}]]></ToUserName><Encrypt><![CDATA[{encrypt}]]></Encrypt><AgentID>1</AgentID></xml>");

    [Fact]
    public void The_inbox_opens_a_signed_fresh_callback_and_refuses_the_rest_with_reasons()
    {
        var crypto = new WeChatCrypto(Token, Key, Corp);
        var xml = "<xml><MsgType>event</MsgType><Event>change_external_chat</Event><ChatId>chat-1</ChatId><ChangeType>dismiss</ChangeType></xml>";
        var enc = crypto.Encrypt(xml);
        var ts = Now.ToUnixTimeSeconds().ToString();
        var opened = WeComInbox.Open(Source, crypto.Sign(ts, "n", enc), ts, "n", Envelope(enc), Now);
        Assert.Null(opened.Decision);
        Assert.Equal("dismiss", opened.Event!.ChangeType);

        Assert.Equal(SourceVerdict.SignatureFailure, WeComInbox.Open(Source, crypto.Sign(ts, "other", enc), ts, "n", Envelope(enc), Now).Decision!.Verdict);
        var stale = Now.AddMinutes(-11).ToUnixTimeSeconds().ToString();
        Assert.Equal("timestamp", WeComInbox.Open(Source, crypto.Sign(stale, "n", enc), stale, "n", Envelope(enc), Now).Decision!.Reason);
        var foreign = new WeChatCrypto(Token, Key, "ww-other").Encrypt(xml);
        Assert.Equal("corp-id", WeComInbox.Open(Source, crypto.Sign(ts, "n", foreign), ts, "n", Envelope(foreign), Now).Decision!.Reason);
        var otherKey = new WeChatCrypto(Token, "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG", Corp).Encrypt(xml);
        Assert.Equal("decrypt", WeComInbox.Open(Source, crypto.Sign(ts, "n", otherKey), ts, "n", Envelope(otherKey), Now).Decision!.Reason);
        var contact = crypto.Encrypt("<xml><MsgType>event</MsgType><Event>change_external_contact</Event></xml>");
        var ignored = WeComInbox.Open(Source, crypto.Sign(ts, "n", contact), ts, "n", Envelope(contact), Now).Decision!;
        Assert.Equal((SourceVerdict.Ignored, "change_external_contact"), (ignored.Verdict, ignored.Reason));
    }
}
