using LiveRoom.Web.Api;
using LiveRoom.Web.Auth;
using LiveRoom.Web.Dashboard;
using LiveRoom.Web.Demo;
using LiveRoom.Web.Hosting;
using LiveRoom.Web.Ingestion;
using LiveRoom.Web.Live;

var builder = WebApplication.CreateBuilder(args);

builder.AddLiveRoomCluster()
    .AddLiveRoomAuth()
    .AddLiveRoomApi()
    .AddLiveRoomIngestion()
    .AddLiveRoomLive()
    .AddLiveRoomDashboard()
    .AddLiveRoomDemo();

var app = builder.Build();

app.UseLiveRoomPipeline();
app.MapLiveRoomAuth();
app.MapLiveRoomApi();
app.MapLiveRoomIngestion();
app.MapLiveRoomLive();
app.MapLiveRoomDashboard();

app.Run();

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
