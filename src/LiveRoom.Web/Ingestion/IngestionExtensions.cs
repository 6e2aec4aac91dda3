namespace LiveRoom.Web.Ingestion;

public static class IngestionExtensions
{
    public static WebApplicationBuilder AddLiveRoomIngestion(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<CatalogCache>();
        builder.Services.AddSingleton<IngestService>();
        return builder;
    }
}
