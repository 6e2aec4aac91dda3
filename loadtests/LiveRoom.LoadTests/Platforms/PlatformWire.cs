using System.Net.Http.Headers;
using LiveRoom.LoadTests.Model;

namespace LiveRoom.LoadTests.Platforms;

/// <summary>
/// Turns a script's order or refund into the signed platform callback that carries it, at the
/// same intended time the native path would give it (<c>startUnixMs + AtMs</c>).
/// </summary>
public sealed class PlatformWire(LaunchScript script, PlatformAccounts accounts, Uri baseAddress, long startUnixMs)
{
    private static readonly MediaTypeHeaderValue Json = new("application/json");
    private readonly Uri _youzan = new(baseAddress, $"sources/{accounts.YouzanSourceId}/youzan");
    private readonly Uri _douyin = new(baseAddress, $"sources/{accounts.DouyinSourceId}/douyin");
    private readonly WeComCallback? _wecom = accounts.WeCom?.Callback();

    /// <summary>Joins and leaves travel as WeCom callbacks (one member per callback).</summary>
    public bool SendsMembership => _wecom is not null;

    /// <summary>A join or leave as an encrypted WeCom <c>change_external_chat</c> callback, signed now (WeCom's timestamp window).</summary>
    public HttpRequestMessage Membership(ModelEvent e)
    {
        var wecom = _wecom ?? throw new InvalidOperationException("the run has no WeCom source");
        var xml = wecom.EventXml(WeComCallback.ChatId(script.Groups[e.Group].Id), ModelGroup.MemberId(e.Member), e.Kind == ModelKind.Join,
            DateTimeOffset.FromUnixTimeMilliseconds(startUnixMs + e.AtMs).ToUnixTimeSeconds());
        var (query, body) = wecom.Envelope(xml, DateTimeOffset.UtcNow);
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(baseAddress, $"sources/{accounts.WeCom!.SourceId}/wecom?{query}")) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("text/xml");
        return request;
    }

    public HttpRequestMessage Request(ModelEvent e)
    {
        var order = script.Orders[e.Arg];
        var sku = script.Skus[order.Sku].Id;
        var group = script.Groups[e.Group].Id;
        var refund = e.Kind == ModelKind.Refund;
        var at = DateTimeOffset.FromUnixTimeMilliseconds(startUnixMs + e.AtMs);
        if (accounts.Of(e.Arg, order) == Platform.Youzan)
        {
            var body = YouzanCallback.Body(accounts.YouzanClientId, accounts.YouzanSecret, e.Arg, order, sku, group, refund, at);
            return Post(_youzan, body);
        }
        var push = DouyinCallback.Body(e.Arg, order, sku, group, refund, at);
        var request = Post(_douyin, push);
        request.Headers.TryAddWithoutValidation("app-id", accounts.DouyinAppKey);
        request.Headers.TryAddWithoutValidation("sign-method", "MD5");
        request.Headers.TryAddWithoutValidation("event-sign", DouyinCallback.Sign(accounts.DouyinAppKey, push, accounts.DouyinSecret));
        return request;
    }

    private static HttpRequestMessage Post(Uri url, byte[] body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = Json;
        return request;
    }
}
