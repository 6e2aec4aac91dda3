using LiveRoom.Domain.Playbooks;

namespace LiveRoom.Domain.Tests.Playbooks;

public sealed class PlaybookLibraryTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("playbooks-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void The_shipped_library_is_valid_and_covers_the_known_crises()
    {
        var library = new PlaybookLibrary(ShippedFolder());
        Assert.Empty(library.Errors);
        Assert.Superset(
            new HashSet<string> { "checkout-link-broken", "sale-page-mobile", "login-redirect", "sku-sold-out", "price-error", "negative-wave", "delivery-delay", "spam-attack" },
            library.All.Select(p => p.Id).ToHashSet());
        Assert.Equal(PlaybookSignal.SkuSoldOut, library.Get("sku-sold-out")!.SuggestOn);
    }

    [Fact]
    public void An_invalid_file_is_listed_with_its_errors_and_the_others_still_load()
    {
        File.WriteAllText(Path.Combine(_folder, "good.yaml"), "id: good\nname: Good\nsteps:\n  - kind: pause_announcements\n");
        File.WriteAllText(Path.Combine(_folder, "bad.yml"), "id: bad\nname: Bad\nsteps:\n  - kind: wait\n");
        File.WriteAllText(Path.Combine(_folder, "notes.txt"), "ignored");
        var library = new PlaybookLibrary(_folder);
        Assert.Equal(["good"], library.All.Select(p => p.Id));
        var error = Assert.Single(library.Errors);
        Assert.Equal(("bad.yml", "steps[0].wait.seconds"), (error.File, error.Path));
    }

    [Fact]
    public void Saving_validates_first_and_writes_only_a_valid_file()
    {
        File.WriteAllText(Path.Combine(_folder, "p.yaml"), "id: p\nname: Old\nsteps:\n  - kind: pause_announcements\n");
        var library = new PlaybookLibrary(_folder);

        var errors = library.Save("p", "id: p\nname: New\nsteps:\n  - kind: announce\n    text: \"{oops}\"\n");
        Assert.Equal("steps[0].announce.text", Assert.Single(errors).Path);
        Assert.Equal("Old", library.Get("p")!.Name);
        Assert.Contains("Old", File.ReadAllText(Path.Combine(_folder, "p.yaml")), StringComparison.Ordinal);

        Assert.Equal("id", Assert.Single(library.Save("p", "id: q\nname: New\nsteps:\n  - kind: pause_announcements\n")).Path);

        Assert.Empty(library.Save("p", "id: p\nname: New\nsteps:\n  - kind: pause_announcements\n"));
        Assert.Equal("New", library.Get("p")!.Name);
        Assert.Equal("New", new PlaybookLibrary(_folder).Get("p")!.Name);
    }

    private static string ShippedFolder()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "LiveRoom.sln"))) dir = dir.Parent;
        return Path.Combine(dir!.FullName, "src", "LiveRoom.Web", "Playbooks", "Library");
    }
}
