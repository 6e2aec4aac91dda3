using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace LiveRoom.Web.Tests.Infrastructure;

/// <summary>
/// A real HTTP server on a local port speaking the WeChat shop API's documented format, for the parts
/// LiveRoom calls: <c>POST /cgi-bin/stable_token</c> ({grant_type, appid, secret, force_refresh} →
/// {access_token, expires_in} or {errcode, errmsg}) and <c>POST /channels/ec/order/get?access_token=</c>
/// ({order_id} → {errcode, errmsg, order}; 42001 for an expired token, 40001 for an unknown one).
/// </summary>
public sealed class FakeWeChatShop : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, string> _orders = new(StringComparer.Ordinal);
    private readonly object _gate = new();
    private string _current = "";
    private readonly HashSet<string> _expired = [];
    private int _issued;

    public string AppId { get; }
    public string AppSecret { get; }
    public string BaseUrl { get; }
    public int TokenCalls => Volatile.Read(ref _tokenCalls);
    public int OrderCalls => Volatile.Read(ref _orderCalls);
    public int StaleTokenAnswers => Volatile.Read(ref _staleAnswers);
    private int _tokenCalls, _orderCalls, _staleAnswers;

    private FakeWeChatShop(string appId, string appSecret, int port)
    {
        AppId = appId;
        AppSecret = appSecret;
        BaseUrl = $"http://127.0.0.1:{port}";
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(BaseUrl);
        builder.Logging.ClearProviders();
        _app = builder.Build();
        _app.MapPost("/cgi-bin/stable_token", StableToken);
        _app.MapPost("/channels/ec/order/get", OrderGet);
    }

    public static async Task<FakeWeChatShop> StartAsync(string appId, string appSecret)
    {
        var shop = new FakeWeChatShop(appId, appSecret, FreePort.Next());
        await shop._app.StartAsync();
        return shop;
    }

    /// <summary>What <c>order/get</c> answers for <paramref name="orderId"/> from now on (the order object; the envelope is added).</summary>
    public void SetOrder(string orderId, object order) => _orders[orderId] = JsonSerializer.Serialize(new { errcode = 0, errmsg = "ok", order });

    /// <summary>The token handed out so far expires: the next order call with it is answered 42001.</summary>
    public void ExpireTokens()
    {
        lock (_gate)
        {
            if (_current.Length > 0) _expired.Add(_current);
            _current = "";
        }
    }

    private async Task<IResult> StableToken(HttpRequest request)
    {
        Interlocked.Increment(ref _tokenCalls);
        using var doc = await JsonDocument.ParseAsync(request.Body);
        var root = doc.RootElement;
        if (root.GetProperty("grant_type").GetString() != "client_credential" || root.GetProperty("appid").GetString() != AppId || root.GetProperty("secret").GetString() != AppSecret)
            return Results.Json(new { errcode = 40125, errmsg = "invalid appsecret" });
        lock (_gate)
        {
            if (_current.Length == 0 || root.GetProperty("force_refresh").GetBoolean()) _current = $"ACCESS_TOKEN_{++_issued}";
            return Results.Json(new { access_token = _current, expires_in = 7200 });
        }
    }

    private async Task<IResult> OrderGet(HttpRequest request)
    {
        Interlocked.Increment(ref _orderCalls);
        var token = request.Query["access_token"].ToString();
        lock (_gate)
        {
            if (_expired.Contains(token))
            {
                Interlocked.Increment(ref _staleAnswers);
                return Results.Json(new { errcode = 42001, errmsg = "access_token expired" });
            }
            if (token != _current || token.Length == 0)
            {
                Interlocked.Increment(ref _staleAnswers);
                return Results.Json(new { errcode = 40001, errmsg = "invalid credential, access_token is invalid or not latest" });
            }
        }
        using var doc = await JsonDocument.ParseAsync(request.Body);
        var id = doc.RootElement.GetProperty("order_id").GetString() ?? "";
        return _orders.TryGetValue(id, out var answer)
            ? Results.Text(answer, "application/json")
            : Results.Json(new { errcode = 10020001, errmsg = "order not exist" });
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
