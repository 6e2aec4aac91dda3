using LiveRoom.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddLiveRoomNode();

var app = builder.Build();
app.MapLiveRoomNode();
app.Run();

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
