
namespace LiveRoom.Web.Launches;

/// <summary>One line or bar series as charts.js expects it: [unix ms, value] pairs.</summary>
public sealed record ChartSeries(string Name, string Type, IReadOnlyList<double[]> Data);
