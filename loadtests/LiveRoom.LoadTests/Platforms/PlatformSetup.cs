using System.Text.Json;
using LiveRoom.LoadTests.Client;
using LiveRoom.LoadTests.Model;

namespace LiveRoom.LoadTests.Platforms;

/// <summary>
/// Connects a 有赞 and a 抖店 source to the run's launch as an operator would (docs/sources.md):
/// creates both with the tool's secrets, and maps each platform's SKU ids to the launch's SKUs;
/// and a WeCom source, mapped with no SKUs, whose chats are the groups' <c>links.wecom</c>.
/// Attribution keeps each platform's default field (买家留言 / <c>buyer_words</c>), which the
/// callbacks fill with the group id.
/// </summary>
public static class PlatformSetup
{
    public static async Task<PlatformAccounts> ConnectAsync(LiveRoomApi api, string launchId, LaunchScript script)
    {
        var accounts = PlatformAccounts.Generate(script.Options.Seed);
        var youzan = await api.PostJsonAsync("api/sources",
            new { kind = "youzan", name = $"有赞 {launchId}", clientId = accounts.YouzanClientId, clientSecret = accounts.YouzanSecret });
        var douyin = await api.PostJsonAsync("api/sources",
            new { kind = "douyin-shop", name = $"抖店 {launchId}", appKey = accounts.DouyinAppKey, appSecret = accounts.DouyinSecret });
        accounts = accounts with { YouzanSourceId = Id(youzan), DouyinSourceId = Id(douyin) };
        if (accounts.WeCom is { } wecom)
        {
            // The launch's groups were registered with links.wecom (ModelLaunch.Groups); a WeCom source maps with no SKUs.
            var created = await api.PostJsonAsync("api/sources",
                new { kind = "wecom", name = $"企业微信 {launchId}", corpId = wecom.CorpId, token = wecom.Token, encodingAesKey = wecom.EncodingAesKey, secret = wecom.Secret });
            accounts = accounts with { WeCom = wecom with { SourceId = Id(created) } };
            await api.PutJsonAsync($"api/launches/{launchId}/sources/{accounts.WeCom.SourceId}", new { });
        }

        await api.PutJsonAsync($"api/launches/{launchId}/sources/{accounts.YouzanSourceId}",
            new { skus = script.Skus.ToDictionary(s => YouzanCallback.SkuKey(s.Id), s => s.Id), groupField = (string?)null });
        await api.PutJsonAsync($"api/launches/{launchId}/sources/{accounts.DouyinSourceId}",
            new { skus = script.Skus.ToDictionary(s => DouyinCallback.SkuKey(s.Id), s => s.Id), groupField = (string?)null });
        return accounts;
    }

    private static string Id(JsonElement created) => created.GetProperty("id").GetString() ?? throw new InvalidOperationException("the created source has no id");
}
