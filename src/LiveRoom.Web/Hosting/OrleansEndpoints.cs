namespace LiveRoom.Web.Hosting;

public sealed class OrleansEndpoints
{
    public int SiloPort { get; set; } = 11111;
    public int GatewayPort { get; set; } = 30000;
    /// <summary>The address other nodes reach this silo at (in Kubernetes, the pod IP).</summary>
    public string AdvertisedIp { get; set; } = "127.0.0.1";
    public string ClusterId { get; set; } = "liveroom";
    public string ServiceId { get; set; } = "liveroom";
    /// <summary>Silos collect Orleans dashboard statistics; role All nodes serve it at /orleans to admins.</summary>
    public bool Dashboard { get; set; } = true;
}
