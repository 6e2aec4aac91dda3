using LiveRoom.Domain.Sources;

namespace LiveRoom.Grains.Sources;

/// <summary>Options of the platform sources (<c>LiveRoom:Sources</c>).</summary>
public sealed class SourceOptions
{
    public const string Section = "LiveRoom:Sources";

    /// <summary>When refused signatures raise an alert on the launches mapping the source (docs/sources.md).</summary>
    public SignatureStormRule SignatureStorm { get; set; } = new();
}
