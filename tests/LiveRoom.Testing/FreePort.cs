using System.Net.Sockets;
using System.Net;

namespace LiveRoom.Testing;

/// <summary>
/// An unused TCP port for a server a test starts, so parallel runs (CI, several engineers on one
/// machine) never collide. Taken below the OS's ephemeral range: a port the OS hands out for
/// port 0 is also one it hands to outgoing connections (every Redis and HTTP client of the
/// tests), and one of those took a node's HTTP port between the pick and the bind
/// ("address already in use", a cluster test failed on it).
/// </summary>
public static class FreePort
{
    private const int First = 20_000;
    private static int _next = First + Random.Shared.Next(0, 5_000);

    public static int Next()
    {
        var last = EphemeralStart() - 1;
        for (var attempt = 0; attempt < 1_000; attempt++)
        {
            var port = Interlocked.Increment(ref _next);
            if (port > last) Interlocked.Exchange(ref _next, port = First);
            if (IsFree(port)) return port;
        }
        throw new InvalidOperationException($"No free TCP port between {First} and {last}.");
    }

    private static bool IsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    /// <summary>The first port of the OS's ephemeral range (Linux: /proc/sys/net/ipv4/ip_local_port_range; 32768 when unknown).</summary>
    private static int EphemeralStart()
    {
        try
        {
            var range = File.ReadAllText("/proc/sys/net/ipv4/ip_local_port_range").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            return int.Parse(range[0], System.Globalization.CultureInfo.InvariantCulture) is var start && start > First + 1_000 ? start : 32_768;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
        {
            return 32_768;
        }
    }
}
