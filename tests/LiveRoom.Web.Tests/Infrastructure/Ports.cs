using System.Net.Sockets;
using System.Net;

namespace LiveRoom.Web.Tests.Infrastructure;

public static class Ports
{
    /// <summary>A port free right now, for hosts of parallel test runs that must not collide.</summary>
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
