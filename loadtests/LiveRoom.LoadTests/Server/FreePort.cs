using System.Net.Sockets;
using System.Net;

namespace LiveRoom.LoadTests.Server;

/// <summary>Asks the OS for an unused TCP port, so runs in parallel (CI) never collide.</summary>
public static class FreePort
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
