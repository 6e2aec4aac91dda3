namespace LiveRoom.Web.Hosting;

public enum NodeRole
{
    /// <summary>Silo and web in one process (the default).</summary>
    All,
    /// <summary>Grains only: health and metrics endpoints, no dashboard, API or hub.</summary>
    Silo,
    /// <summary>Dashboard, API and hub as an Orleans client of the silos.</summary>
    Web,
}
