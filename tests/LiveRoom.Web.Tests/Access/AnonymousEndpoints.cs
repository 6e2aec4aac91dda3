using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticAssets;

namespace LiveRoom.Web.Tests.Access;

/// <summary>
/// The one list of endpoints that answer without a login, each with its reason. Everything else
/// must carry an authorization requirement: <see cref="AuthorizationCoverageTests"/> walks every
/// endpoint and fails on one that is neither here nor authorised. Add a route here only with a
/// reason. It lives with the tests because only they read it; the app never does.
/// </summary>
public static class AnonymousEndpoints
{
    public static readonly IReadOnlyDictionary<string, string> Routes = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["/login"] = "the login form itself",
        ["/account/login"] = "the login form's post",
        ["/api/auth/login"] = "login for programs (load tester, hub clients)",
        ["/setup"] = "first-run setup form; works only with the node's one-time token and while no user exists",
        ["/account/setup"] = "first-run setup post; checks the token and that no user exists",
        ["/not-found"] = "the not-found page shows nothing",
        ["/culture/{name}"] = "language switch (sets a cookie), also used on the login page",
        ["/health/live"] = "liveness probe for Kubernetes and compose",
        ["/health/ready"] = "readiness probe for Kubernetes and compose",
        ["/metrics"] = "Prometheus scrape endpoint (no business data; restrict at the network in production)",
        ["/api/launches/{launchId}/events"] = "ingestion: authorised by the launch's server key",
        ["/api/launches/{launchId}/events/batch"] = "ingestion: authorised by the launch's server key",
        ["/api/launches/{launchId}/beacon"] = "ingestion: authorised by the launch's beacon key (page views and page errors only)",
        ["/api/launches/{launchId}/bot/events"] = "ingestion: authorised by the HMAC signature with the server key",
        ["/api/launches/{launchId}/bot/members"] = "membership resync: authorised by the HMAC signature with the server key",
        ["/sources/{sourceId}/youzan"] = "Youzan push: authorised by its MD5 signature with the source's client secret (docs/sources.md)",
        ["/sources/{sourceId}/douyin"] = "抖店 message push: authorised by its event-sign header (MD5 or HMAC-SHA256 with the source's app secret, docs/sources.md)",
        ["/sources/{sourceId}/wechat-shop"] = "微信小店 URL check and events: authorised by its signature (SHA-1 with the source's Token; in safe mode msg_signature and AES decryption with its EncodingAESKey, AppID checked inside, docs/sources.md)",
        ["/sources/{sourceId}/wecom"] = "WeCom URL check and events: authorised by msg_signature (SHA-1 with the source's Token) and AES decryption with its EncodingAESKey, corp id checked inside (docs/sources.md)",
        ["/m/{Token}"] = "a seeded member's phone page: the unguessable, revocable link token is the credential",
        ["/api/member/{token}/cues"] = "a seeded member's cues: the link token is the credential",
        ["/api/member/{token}/cues/{**cueId}"] = "a seeded member acknowledges a cue: the link token is the credential",
        ["/p/{Token}"] = "a group owner's or assistant's posting page: the unguessable, revocable link token (expiring with the launch) is the credential",
        ["/api/post/{token}/"] = "the notices due to a posting link's person: the link token is the credential",
        ["/api/post/{token}/posted"] = "an owner or assistant marks a notice posted in their own group: the link token is the credential",
        ["/scalar/favicon.svg"] = "an icon of the API reference page",
        ["/scalar/scalar.js"] = "the API reference page's script (no data; the page and the OpenAPI document need a login)",
        ["/scalar/scalar.aspnetcore.js"] = "the API reference page's script (no data)",
        ["/_framework/opaque-redirect"] = "Blazor's redirect helper",
        ["/_blazor"] = "Blazor's circuit transport; each page it renders is authorised by its own attribute",
        ["/_blazor/negotiate"] = "Blazor's circuit transport",
        ["/_blazor/disconnect/"] = "Blazor's circuit transport",
        ["/_blazor/initializers/"] = "Blazor's circuit transport",
        ["{**path:file}"] = "the static files fallback (CSS, scripts) the login page needs too",
    };

    /// <summary>Built static assets (CSS, scripts, the beacon script for sale pages) are public by nature.</summary>
    public static bool IsStaticAsset(Endpoint endpoint) => endpoint.Metadata.GetMetadata<StaticAssetDescriptor>() is not null;
}
