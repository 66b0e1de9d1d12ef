using System.Net;
using System.Net.Sockets;

namespace GraphRelations.Api.Tests;

/// <summary>A loopback port nobody listens on right now, for a service a test starts on a real socket.</summary>
internal static class LoopbackPort
{
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
