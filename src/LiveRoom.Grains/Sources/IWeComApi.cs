using LiveRoom.Domain.Sources;

namespace LiveRoom.Grains.Sources;

/// <summary>The part of WeCom's server API a WeCom source reads (客户联系 → 客户群). One per silo.</summary>
public interface IWeComApi
{
    /// <summary>Every customer group's chat id (<c>externalcontact/groupchat/list</c>, all pages).</summary>
    Task<IReadOnlyList<string>> ListGroupChats(SourceDefinition source, CancellationToken ct = default);

    /// <summary>One customer group (<c>externalcontact/groupchat/get</c>), or null when WeCom does not know it.</summary>
    Task<WeComGroupChat?> GetGroupChat(SourceDefinition source, string chatId, CancellationToken ct = default);
}
