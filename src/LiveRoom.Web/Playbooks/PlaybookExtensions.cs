using LiveRoom.Domain.Playbooks;

namespace LiveRoom.Web.Playbooks;

public static class PlaybookExtensions
{
    public static WebApplicationBuilder AddLiveRoomPlaybooks(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<PlaybookOptions>(builder.Configuration.GetSection(PlaybookOptions.Section));
        builder.Services.AddSingleton(sp =>
        {
            var options = builder.Configuration.GetSection(PlaybookOptions.Section).Get<PlaybookOptions>() ?? new PlaybookOptions();
            var folder = Path.Combine(sp.GetRequiredService<IWebHostEnvironment>().ContentRootPath, options.Folder);
            var library = new PlaybookLibrary(folder);
            var log = sp.GetRequiredService<ILoggerFactory>().CreateLogger("LiveRoom.Playbooks");
            log.LogInformation("Playbooks: {Count} loaded from {Folder}", library.All.Count, folder);
            foreach (var e in library.Errors) log.LogWarning("Playbook not loaded: {Error}", e.ToString());
            return library;
        });
        builder.Services.AddSingleton<PlaybookService>();
        builder.Services.AddSingleton<BoardSuggestions>();
        builder.Services.AddSingleton<SuggestionLog>();
        return builder;
    }

    public static WebApplication MapLiveRoomPlaybooks(this WebApplication app)
    {
        app.MapPlaybookEndpoints();
        return app;
    }
}
