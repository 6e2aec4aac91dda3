namespace LiveRoom.Web.Demo;

/// <summary>Section "LiveRoom:Demo": a launch driven by a built-in simulator, for a first look.</summary>
public sealed class DemoOptions
{
    public const string Section = "LiveRoom:Demo";

    public bool Enabled { get; set; }
    public string LaunchId { get; set; } = "demo";
    public int Groups { get; set; } = 300;
    /// <summary>T0 this long after start-up, so the countdown is seen first.</summary>
    public TimeSpan StartsIn { get; set; } = TimeSpan.FromMinutes(3);
    public TimeSpan SaleLength { get; set; } = TimeSpan.FromMinutes(60);
    /// <summary>Scales every rate of the simulator.</summary>
    public double Intensity { get; set; } = 1.0;
    public int Seed { get; set; } = 20261124;
}
