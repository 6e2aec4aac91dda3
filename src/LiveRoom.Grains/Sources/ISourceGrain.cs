using LiveRoom.Domain.Sources;

namespace LiveRoom.Grains.Sources;

/// <summary>
/// One platform source. Key: source id. Receives its callbacks one at a time, so version checks
/// and the ledger of placed orders never race; a shop's push rate is far below one grain's capacity.
/// </summary>
[Alias("LiveRoom.ISourceGrain")]
public interface ISourceGrain : IGrainWithStringKey
{
    /// <summary>Creates or replaces the definition (a rename, a rotated secret); counters and mappings are kept.</summary>
    [Alias("Save")] Task<SourceView> Save(SourceDefinition definition);
    [Alias("GetView")] Task<SourceView?> GetView();
    [Alias("GetDefinition")] Task<SourceDefinition?> GetDefinition();
    /// <summary>Forgets the source entirely; its callback URL answers 404 afterwards.</summary>
    [Alias("Delete")] Task<bool> Delete();
    [Alias("Map")] Task<bool> Map(SourceMapping mapping);
    [Alias("GetMapping")] Task<SourceMapping?> GetMapping(string launchId);
    /// <summary>Handles one Youzan push body; null when the source does not exist (or is not a Youzan source).</summary>
    [Alias("ReceiveYouzan")] Task<SourceVerdict?> ReceiveYouzan(byte[] body);
    /// <summary>Handles one 抖店 push (a batch) with its headers; null when the source does not exist (or is not a 抖店 source).</summary>
    [Alias("ReceiveDouyin")] Task<DouyinReceipt?> ReceiveDouyin(byte[] body, string? appId, string? eventSign, string? signMethod);
    /// <summary>WeCom's URL check: the decrypted echostr, "" when refused (counted), null when there is no such WeCom source.</summary>
    [Alias("VerifyWeCom")] Task<string?> VerifyWeCom(WeComCallback callback);
    /// <summary>Handles one encrypted WeCom callback; null when the source does not exist (or is not a WeCom source).</summary>
    [Alias("ReceiveWeCom")] Task<SourceVerdict?> ReceiveWeCom(WeComCallback callback);
    /// <summary>Handles one WeChat shop callback; null when the source does not exist (or is not a WeChat shop source).</summary>
    [Alias("ReceiveWeChatShop")] Task<WeChatShopReply?> ReceiveWeChatShop(WeChatShopDelivery delivery);
    /// <summary>The source's own fetch loop hands it a fetched order (or why the fetch failed); not for other callers.</summary>
    [Alias("ApplyWeChatShopOrder")] Task<SourceVerdict?> ApplyWeChatShopOrder(string orderId, byte[]? answer, string? failure);
}
