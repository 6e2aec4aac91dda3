using System.Net.Sockets;
using System.Net;

namespace LiveRoom.Testing;

/// <summary>Asks the OS for an unused TCP port, so parallel runs (CI, several helpers on one machine) never collide.</summary>
public static class FreePort
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
