using LiveRoom.Domain.Sources;
using LiveRoom.Grains.Sources;
using LiveRoom.Web.Shared;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LiveRoom.Web.Sources;

/// <summary>
/// The WeChat shop's callback URL, <c>/sources/{id}/wechat-shop</c> (docs/sources.md): the URL
/// check (GET) and the events (POST). Anonymous: the platform cannot log in, so every request is
/// verified by its signature with the source's Token.
/// </summary>
public static class WeChatShopEndpoints
{
    /// <summary>Order events are a few hundred bytes, encrypted a little more; 64 KB refuses floods and leaves room.</summary>
    public const int MaxCallbackBytes = 64 * 1024;
    private const int MaxQueryValue = 256;

    public static IEndpointRouteBuilder MapWeChatShopCallback(this IEndpointRouteBuilder app)
    {
        app.MapGet("/sources/{sourceId}/wechat-shop", CheckWeChatShopUrl).AllowAnonymous().WithTags("Sources");
        app.MapPost("/sources/{sourceId}/wechat-shop", PostWeChatShop).AllowAnonymous().DisableAntiforgery().WithTags("Sources");
        return app;
    }

    /// <summary>The URL check the shop's console runs when the operator saves the push settings: <c>echostr</c> back when signed with the Token.</summary>
    public static async Task<Results<ContentHttpResult, ProblemHttpResult>> CheckWeChatShopUrl(string sourceId, HttpRequest request, IGrainFactory grains)
    {
        var reply = await grains.GetGrain<ISourceGrain>(sourceId).ReceiveWeChatShop(new WeChatShopDelivery(true, Query(request), []));
        if (reply is null) return UnknownSource(sourceId);
        return reply.Echo is { } echo
            ? TypedResults.Text(echo, "text/plain")
            : TypedResults.Problem(statusCode: 403, title: "Signature did not verify", detail: "Check that the Token pasted into LiveRoom is the shop's message push Token.");
    }

    /// <summary>
    /// An event. Every event that reaches its source is answered <c>success</c>, refused ones
    /// included (they apply nothing and are counted with their reason): the platform retries any
    /// other answer. The order is fetched after the answer, never before it.
    /// </summary>
    public static async Task<Results<ContentHttpResult, ProblemHttpResult>> PostWeChatShop(string sourceId, HttpRequest request, IGrainFactory grains)
    {
        using var body = await BodyReader.RentAsync(request, MaxCallbackBytes);
        if (body is null)
            return TypedResults.Problem(statusCode: 413, title: "Request too large", detail: $"The body must be at most {MaxCallbackBytes} bytes.");
        var reply = await grains.GetGrain<ISourceGrain>(sourceId).ReceiveWeChatShop(new WeChatShopDelivery(false, Query(request), body.Memory.ToArray()));
        return reply is null ? UnknownSource(sourceId) : TypedResults.Text("success", "text/plain");
    }

    private static WeChatShopQuery Query(HttpRequest request) => new()
    {
        Signature = Value(request, "signature"),
        MsgSignature = Value(request, "msg_signature"),
        Timestamp = Value(request, "timestamp"),
        Nonce = Value(request, "nonce"),
        EchoStr = Value(request, "echostr"),
    };

    private static string? Value(HttpRequest request, string name) =>
        request.Query.TryGetValue(name, out var v) && v.Count == 1 && v[0] is { Length: > 0 and <= MaxQueryValue } s ? s : null;

    private static ProblemHttpResult UnknownSource(string sourceId) =>
        TypedResults.Problem(statusCode: 404, title: "Unknown source", detail: $"There is no WeChat shop source '{sourceId}'.");
}
