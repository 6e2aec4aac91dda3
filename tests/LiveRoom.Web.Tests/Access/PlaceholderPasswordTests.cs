using LiveRoom.Web.Access;
using LiveRoom.Web.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace LiveRoom.Web.Tests.Access;

/// <summary>The directory reads configured users in its constructor; no grain is called there.</summary>
public sealed class PlaceholderPasswordTests
{
    private static UserDirectory DirectoryWith(params (string Name, string Password)[] users)
    {
        var settings = new Dictionary<string, string?>();
        for (var i = 0; i < users.Length; i++)
        {
            settings[$"LiveRoom:Auth:Users:{i}:Name"] = users[i].Name;
            settings[$"LiveRoom:Auth:Users:{i}:Password"] = users[i].Password;
            settings[$"LiveRoom:Auth:Users:{i}:Role"] = "Admin";
        }
        var config = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new UserDirectory(config, grains: null!, Options.Create(new LiveRoomOptions()), TimeProvider.System);
    }

    [Theory]
    [InlineData("change-me")]
    [InlineData(" CHANGE-ME ")]
    [InlineData("choose-one")]
    [InlineData("password")]
    [InlineData("x1y2z3")]
    public void A_configured_placeholder_password_stops_the_node_naming_the_setting_not_the_value(string placeholder)
    {
        var error = Assert.Throws<InvalidOperationException>(() => DirectoryWith(("ops", "a-real-pass-9f2k"), ("admin", placeholder)));

        Assert.Contains("LiveRoom:Auth:Users:1:Password", error.Message);
        Assert.DoesNotContain(placeholder.Trim(), error.Message.Replace("LiveRoom:Auth:Users:1:Password", ""), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_chosen_password_is_accepted_and_no_login_is_generated_beside_it()
    {
        var directory = DirectoryWith(("admin", "Zq3v-generated-by-openssl"));

        Assert.Null(directory.GeneratedLogin);
        Assert.Null(directory.SetupToken);
    }
}
