namespace LiveRoom.Web.Announcements;

public static class AnnouncementsExtensions
{
    public static WebApplicationBuilder AddLiveRoomAnnouncements(this WebApplicationBuilder builder) => builder;

    public static WebApplication MapLiveRoomAnnouncements(this WebApplication app)
    {
        app.MapAnnouncementEndpoints();
        return app;
    }
}
