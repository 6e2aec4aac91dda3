using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.DependencyInjection;

namespace LiveRoom.Grains.Playbooks;

public static class PlaybookSiloExtensions
{
    /// <summary>
    /// Silo side of playbooks: the notify webhook sender and the bridge to announcements and cues
    /// (a test host may register its own <see cref="IPlaybookEffects"/>, e.g. the recording one).
    /// </summary>
    public static ISiloBuilder AddLiveRoomPlaybooks(this ISiloBuilder silo, IConfiguration configuration)
    {
        silo.Services.Configure<NotifyOptions>(configuration.GetSection(NotifyOptions.Section));
        silo.Services.TryAddSingleton(TimeProvider.System);
        silo.Services.TryAddSingleton<PlaybookNotifier>();
        silo.Services.TryAddSingleton<IPlaybookEffects, GrainPlaybookEffects>();
        return silo;
    }
}
