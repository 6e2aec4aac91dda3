using System.Net;

namespace LiveRoom.Browser.Tests;

/// <summary>
/// The real LiveRoom.Web for the browser tests, started by LiveRoom.Testing's <see cref="LiveRoomProcess"/>
/// in Development with the project folder as content root (static web assets are served from it),
/// the demo launch on, and the test users below.
/// </summary>
public static class BrowserApp
{
    public const string User = "browser-test";
    public const string Password = "browser-test-pw";
    public const string Handler = "browser-handler";
    public const string Admin = "browser-admin";

    /// <summary>Starts the app; <paramref name="environment"/> adds settings, and a null value removes a default one.</summary>
    public static Task<LiveRoomProcess> StartAsync(IReadOnlyDictionary<string, string?>? environment = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["LiveRoom__Auth__Users__0__Name"] = User,
            ["LiveRoom__Auth__Users__0__Password"] = Password,
            ["LiveRoom__Auth__Users__1__Name"] = Handler,
            ["LiveRoom__Auth__Users__1__Password"] = Password,
            ["LiveRoom__Auth__Users__1__Role"] = "CrisisHandler",
            ["LiveRoom__Auth__Users__2__Name"] = Admin,
            ["LiveRoom__Auth__Users__2__Password"] = Password,
            ["LiveRoom__Auth__Users__2__Role"] = "Admin",
            ["LiveRoom__Demo__Enabled"] = "true",
            ["LiveRoom__Demo__StartsIn"] = "00:00:05",
            ["Logging__LogLevel__Default"] = "Warning",
            // Staff-posted notices turn late after seconds, not the production 2 minutes (PostingTests).
            ["LiveRoom__Outbox__StaffPostLateAfter"] = "00:00:05",
        };
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>()) settings[name] = value;
        return LiveRoomProcess.StartAsync(new LiveRoomProcessOptions
        {
            WorkingDirectory = RepoPaths.WebProject(),
            Settings = settings,
            // The login page: served once the whole app (silo, circuit, static assets) is up.
            ReadyPath = "/login",
            IsReady = status => status == HttpStatusCode.OK,
        });
    }
}
