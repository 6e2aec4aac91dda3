using LiveRoom.Domain.Playbooks;

namespace LiveRoom.Web.Playbooks;

public static class PlaybookExtensions
{
    public static WebApplicationBuilder AddLiveRoomPlaybooks(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<PlaybookOptions>(builder.Configuration.GetSection(PlaybookOptions.Section));
        builder.Services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<PlaybookOptions>>().Value;
            return new PlaybookFolderSource(Path.Combine(sp.GetRequiredService<IWebHostEnvironment>().ContentRootPath, options.Folder));
        });
        builder.Services.AddSingleton(sp =>
        {
            var folder = sp.GetRequiredService<PlaybookFolderSource>().Path;
            var local = PlaybookLibrary.FromFolder(folder);
            var log = sp.GetRequiredService<ILoggerFactory>().CreateLogger("LiveRoom.Playbooks");
            log.LogInformation("Playbooks: {Count} files read from {Folder}", local.All.Count, folder);
            foreach (var e in local.Errors) log.LogWarning("Playbook not loaded: {Error}", e.ToString());
            return new PlaybookCatalog(sp.GetRequiredService<IGrainFactory>(), local);
        });
        builder.Services.AddHostedService<PlaybookLibrarySync>();
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
