using LiveRoom.Domain.Sources;

namespace LiveRoom.Domain.Tests.Sources;

public class WeComEventTests
{
    // The shape of WeCom's documented 客户群变更事件 (developer.work.weixin.qq.com/document/path/92130).
    private const string AddMember = """
        <xml><ToUserName><![CDATA[toUser]]></ToUserName><FromUserName><![CDATA[sys]]></FromUserName>
        <CreateTime>1403610513</CreateTime><MsgType><![CDATA[event]]></MsgType>
        <Event><![CDATA[change_external_chat]]></Event><ChatId><![CDATA[CHAT_ID]]></ChatId>
        <ChangeType><![CDATA[update]]></ChangeType><UpdateDetail><![CDATA[add_member]]></UpdateDetail>
        <JoinScene>1</JoinScene><QuitScene>0</QuitScene><MemChangeCnt>10</MemChangeCnt>
        <MemChangeList><Item>Jack</Item><Item>Rose</Item></MemChangeList>
        <LastMemVer>9c3f97c2ada667dfb5f6d03308d963e1</LastMemVer><CurMemVer>71217227bbd112ecfe3a49c482195cb4</CurMemVer></xml>
        """;

    [Fact]
    public void Reads_a_documented_member_change()
    {
        var e = WeComEvent.Parse(AddMember, out var error);
        Assert.Null(error);
        Assert.NotNull(e);
        Assert.True(e.IsChatChange);
        Assert.Equal(("CHAT_ID", "update", "add_member"), (e.ChatId, e.ChangeType, e.UpdateDetail));
        Assert.Equal((1403610513L, 1, 0, 10), (e.CreateTime, e.JoinScene, e.QuitScene, e.MemChangeCnt));
        Assert.Equal(["Jack", "Rose"], e.Members);
        Assert.Equal("71217227bbd112ecfe3a49c482195cb4", e.CurMemVer);
    }

    [Fact]
    public void Reads_the_older_comma_separated_member_list()
    {
        var e = WeComEvent.Parse(AddMember.Replace("<Item>Jack</Item><Item>Rose</Item>", "<![CDATA[Jack,Rose]]>"), out _);
        Assert.Equal(["Jack", "Rose"], e!.Members);
    }

    [Fact]
    public void The_dedupe_key_is_stable_and_tells_changes_apart()
    {
        var a = WeComEvent.Parse(AddMember, out _)!;
        Assert.Equal(a.DedupeKey(), WeComEvent.Parse(AddMember, out _)!.DedupeKey());
        Assert.NotEqual(a.DedupeKey(), WeComEvent.Parse(AddMember.Replace("Rose", "Lily"), out _)!.DedupeKey());
        Assert.NotEqual(a.DedupeKey(), WeComEvent.Parse(AddMember.Replace("71217227", "81217227"), out _)!.DedupeKey());
    }

    [Theory]
    // A DTD is refused outright: no entity expansion (billion laughs), no external entity (file read).
    [InlineData("""<!DOCTYPE xml [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><xml><MsgType>event</MsgType><ChatId>&b;</ChatId></xml>""")]
    [InlineData("""<!DOCTYPE xml [<!ENTITY e SYSTEM "file:///etc/passwd">]><xml><MsgType>&e;</MsgType></xml>""")]
    [InlineData("<xml><MsgType>event</MsgType>")]
    [InlineData("not xml at all")]
    [InlineData("<root><MsgType>event</MsgType></root>")]
    [InlineData("<xml><Event>change_external_chat</Event></xml>")]
    [InlineData("<xml><MsgType>event</MsgType><Event>change_external_chat</Event><ChangeType>update</ChangeType></xml>")]
    public void Refuses_hostile_and_malformed_xml(string xml)
    {
        Assert.Null(WeComEvent.Parse(xml, out var error));
        Assert.False(string.IsNullOrEmpty(error));
    }

    [Fact]
    public void Refuses_an_oversized_document()
    {
        var huge = "<xml><MsgType>event</MsgType><Pad>" + new string('x', WeComXml.MaxCharacters) + "</Pad></xml>";
        Assert.Null(WeComEvent.Parse(huge, out var error));
        Assert.NotNull(error);
        var many = "<xml><MsgType>event</MsgType><Event>change_external_chat</Event><ChatId>c</ChatId><ChangeType>update</ChangeType><MemChangeList>"
                   + string.Concat(Enumerable.Range(0, WeComEvent.MaxMembers + 1).Select(i => $"<Item>{i}</Item>")) + "</MemChangeList></xml>";
        Assert.Null(WeComEvent.Parse(many, out _));
    }

    [Fact]
    public void Reads_the_envelope_and_refuses_one_without_encrypt()
    {
        var env = WeComEnvelope.Parse("<xml><ToUserName><![CDATA[ww1]]></ToUserName><Encrypt><![CDATA[abc=]]></Encrypt><AgentID><![CDATA[218]]></AgentID></xml>"u8.ToArray(), out _);
        Assert.Equal(("abc=", "ww1", "218"), (env!.Encrypt, env.ToUserName, env.AgentId));
        Assert.Null(WeComEnvelope.Parse("<xml><ToUserName>ww1</ToUserName></xml>"u8.ToArray(), out _));
        Assert.Null(WeComEnvelope.Parse([0xff, 0xfe, 0x3c], out _));
    }
}
