using LiveRoom.Web.Hosting;
using LiveRoom.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace LiveRoom.Web.Tests.Launches;

/// <summary>The real .NET SignalR client over a WebSocket to the test server.</summary>
public static class HubClient
{
    public static HubConnection Create(LiveRoomAppFactory app, string? cookie)
    {
        var server = app.Server;
        return new HubConnectionBuilder()
            .WithUrl(new Uri(server.BaseAddress, "/hubs/launch"), o =>
            {
                o.Transports = HttpTransportType.WebSockets;
                o.SkipNegotiation = true;
                o.WebSocketFactory = async (context, ct) =>
                {
                    var ws = server.CreateWebSocketClient();
                    if (cookie is not null) ws.ConfigureRequest = r => r.Headers.Cookie = cookie;
                    return await ws.ConnectAsync(context.Uri, ct);
                };
            })
            .AddJsonProtocol(o => JsonDefaults.Apply(o.PayloadSerializerOptions))
            .Build();
    }
}
