using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LiveRoom.Grains.Cues;

public static class CueSiloExtensions
{
    /// <summary>Per-silo parts of the cue engine (group grains evaluate the rules; see docs/architecture.md).</summary>
    public static ISiloBuilder AddLiveRoomCues(this ISiloBuilder silo, IConfiguration configuration)
    {
        silo.Services.Configure<CueOptions>(configuration.GetSection(CueOptions.Section));
        silo.Services.Configure<MoodLexiconOptions>(configuration.GetSection(MoodLexiconOptions.Section));
        silo.Services.AddSingleton<CueContextCache>();
        return silo;
    }
}
