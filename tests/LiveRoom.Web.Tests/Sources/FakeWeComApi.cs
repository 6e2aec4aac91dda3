using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace LiveRoom.Web.Tests.Sources;

/// <summary>
/// A real HTTP server on 127.0.0.1 speaking WeCom's documented API format (gettoken, groupchat/list,
/// groupchat/get: JSON answers with errcode/errmsg; developer.work.weixin.qq.com/document/path/91039,
/// 92120, 92122). It can expire the first token it issued (errcode 42001) and rate-limit a call
/// (errcode 45009), so the client's renewal and backoff go over the wire.
/// </summary>
public sealed class FakeWeComApi : IAsyncDisposable
{
    public const string CorpId = "ww-fake-corp";
    public const string Secret = "fake-contact-secret-0001";

    private readonly WebApplication _app;
    private int _tokens;
    public ConcurrentDictionary<string, (string Name, string Owner, string[] Members)> Chats { get; } = new(StringComparer.Ordinal);
    /// <summary>The next call with the first token issued is answered "expired" (42001), once.</summary>
    public bool ExpireFirstToken { get; set; }
    /// <summary>How many next list calls are answered "rate limited" (45009).</summary>
    public int RateLimitLists { get; set; }
    public int TokensIssued => _tokens;
    public ConcurrentQueue<string> Calls { get; } = new();
    public string BaseUrl { get; }

    private FakeWeComApi(WebApplication app, string baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    public static async Task<FakeWeComApi> StartAsync()
    {
        var port = FreePort.Next();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new FakeWeComApi(app, $"http://127.0.0.1:{port}");
        app.MapGet("/cgi-bin/gettoken", (string? corpid, string? corpsecret) => fake.GetToken(corpid, corpsecret));
        app.MapPost("/cgi-bin/externalcontact/groupchat/list", (HttpRequest r) => fake.List(r));
        app.MapPost("/cgi-bin/externalcontact/groupchat/get", (HttpRequest r) => fake.Get(r));
        await app.StartAsync();
        return fake;
    }

    private IResult GetToken(string? corpId, string? secret)
    {
        Calls.Enqueue("gettoken");
        if (corpId != CorpId || secret != Secret) return Results.Json(new { errcode = 40001, errmsg = "invalid credential" });
        var n = Interlocked.Increment(ref _tokens);
        return Results.Json(new { errcode = 0, errmsg = "ok", access_token = $"tok-{n}", expires_in = 7200 });
    }

    private IResult? TokenProblem(HttpRequest request)
    {
        var token = request.Query["access_token"].ToString();
        if (string.IsNullOrEmpty(token) || !token.StartsWith("tok-", StringComparison.Ordinal)) return Results.Json(new { errcode = 40014, errmsg = "invalid access_token" });
        if (token == "tok-1" && ExpireFirstToken)
        {
            ExpireFirstToken = false;
            return Results.Json(new { errcode = 42001, errmsg = "access_token expired" });
        }
        return null;
    }

    private async Task<IResult> List(HttpRequest request)
    {
        Calls.Enqueue("list");
        if (TokenProblem(request) is { } problem) return problem;
        if (RateLimitLists > 0)
        {
            RateLimitLists--;
            return Results.Json(new { errcode = 45009, errmsg = "api freq out of limit" });
        }
        using var body = await JsonDocument.ParseAsync(request.Body);
        // Two pages, one chat each, to follow next_cursor.
        var ids = Chats.Keys.Order(StringComparer.Ordinal).ToList();
        var cursor = body.RootElement.TryGetProperty("cursor", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString() : null;
        var start = cursor is null ? 0 : int.Parse(cursor);
        var page = ids.Skip(start).Take(1).ToList();
        var next = start + 1 < ids.Count ? (start + 1).ToString() : "";
        return Results.Json(new { errcode = 0, errmsg = "ok", group_chat_list = page.Select(id => new { chat_id = id, status = 0 }), next_cursor = next });
    }

    private async Task<IResult> Get(HttpRequest request)
    {
        Calls.Enqueue("get");
        if (TokenProblem(request) is { } problem) return problem;
        using var body = await JsonDocument.ParseAsync(request.Body);
        var id = body.RootElement.GetProperty("chat_id").GetString()!;
        if (!Chats.TryGetValue(id, out var chat)) return Results.Json(new { errcode = 49008, errmsg = "chat not found" });
        return Results.Json(new
        {
            errcode = 0,
            errmsg = "ok",
            group_chat = new
            {
                chat_id = id,
                name = chat.Name,
                owner = chat.Owner,
                create_time = 1572505490,
                notice = "",
                member_list = chat.Members.Select(m => new { userid = m, type = 2, join_time = 1572505491, join_scene = 1 }),
                admin_list = Array.Empty<object>(),
                member_version = "71217227bbd112ecfe3a49c482195cb4",
            },
        });
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
