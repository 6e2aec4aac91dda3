using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LiveRoom.Grains.Playbooks;

public static class PlaybookSiloExtensions
{
    /// <summary>
    /// Silo side of playbooks: the notify webhook sender and, unless the host registered the real
    /// bridge to announcements and cues first, the recording stand-in for those effects.
    /// </summary>
    public static ISiloBuilder AddLiveRoomPlaybooks(this ISiloBuilder silo, IConfiguration configuration)
    {
        silo.Services.Configure<NotifyOptions>(configuration.GetSection(NotifyOptions.Section));
        silo.Services.TryAddSingleton(TimeProvider.System);
        silo.Services.TryAddSingleton<PlaybookNotifier>();
        silo.Services.TryAddSingleton<RecordingPlaybookEffects>();
        silo.Services.TryAddSingleton<IPlaybookEffects>(sp => sp.GetRequiredService<RecordingPlaybookEffects>());
        return silo;
    }
}
