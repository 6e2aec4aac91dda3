namespace LiveRoom.Domain.Sources;

/// <summary>
/// A WeCom customer group as <c>externalcontact/groupchat/get</c> answers it
/// (developer.work.weixin.qq.com/document/path/92122): chat id, name, owner's userid, members' ids.
/// </summary>
[GenerateSerializer, Immutable, Alias("LiveRoom.WeComGroupChat.v1")]
public sealed record WeComGroupChat(
    [property: Id(0)] string ChatId,
    [property: Id(1)] string Name,
    [property: Id(2)] string? Owner,
    [property: Id(3)] IReadOnlyList<string> Members);
