using System.Net;

namespace LiveRoom.LoadTests.Client;

/// <summary>
/// One pooled client per target: SocketsHttpHandler with a connection cap equal to the load's
/// concurrency, so every worker keeps one warm keep-alive connection and none are opened mid-run.
/// </summary>
public static class HttpClients
{
    public static HttpClient Create(Uri baseAddress, int maxConnections, CookieContainer? cookies = null) =>
        new(new SocketsHttpHandler
        {
            MaxConnectionsPerServer = maxConnections,
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
            UseCookies = cookies is not null,
            CookieContainer = cookies ?? new CookieContainer(),
            AutomaticDecompression = DecompressionMethods.None,
            UseProxy = false,
        })
        {
            BaseAddress = baseAddress,
            Timeout = TimeSpan.FromSeconds(30),
        };
}
