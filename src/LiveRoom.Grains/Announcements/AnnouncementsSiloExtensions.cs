using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.DependencyInjection;

namespace LiveRoom.Grains.Announcements;

public static class AnnouncementsSiloExtensions
{
    /// <summary>The outbox's options and its HTTP sender (replaceable, e.g. by tests).</summary>
    public static ISiloBuilder AddLiveRoomAnnouncements(this ISiloBuilder silo, IConfiguration configuration)
    {
        silo.Services.Configure<OutboxOptions>(configuration.GetSection(OutboxOptions.Section));
        silo.Services.TryAddSingleton<IDeliverySender, HttpDeliverySender>();
        return silo;
    }
}
