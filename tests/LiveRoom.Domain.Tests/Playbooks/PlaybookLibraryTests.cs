using LiveRoom.Domain.Playbooks;

namespace LiveRoom.Domain.Tests.Playbooks;

public sealed class PlaybookLibraryTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("playbooks-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void The_shipped_library_is_valid_and_covers_the_known_crises()
    {
        var library = PlaybookLibrary.FromFolder(ShippedFolder());
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
        var library = PlaybookLibrary.FromFolder(_folder);
        Assert.Equal(["good"], library.All.Select(p => p.Id));
        var error = Assert.Single(library.Errors);
        Assert.Equal(("bad.yml", "steps[0].wait.seconds"), (error.File, error.Path));
    }

    private static PlaybookLibraryState State(string fileText, string? editText = null)
    {
        var state = new PlaybookLibraryState { Files = { ["p.yaml"] = fileText } };
        if (editText is not null) state.Edits["p"] = new PlaybookEdit { File = "p.yaml", Text = editText, By = "admin" };
        return state;
    }

    private const string Old = "id: p\nname: Old\nsteps:\n  - kind: pause_announcements\n";
    private const string New = "id: p\nname: New\nsteps:\n  - kind: pause_announcements\n";

    [Fact]
    public void An_edit_wins_over_its_file_and_keeps_the_file_text_to_revert_to()
    {
        var library = new PlaybookLibrary(State(Old, New));
        Assert.Equal("New", library.Get("p")!.Name);
        Assert.Equal(("p.yaml", New, Old, "admin"), (library.FileOf("p"), library.SourceOf("p"), library.FileTextOf("p"), library.EditOf("p")!.By));

        var unedited = new PlaybookLibrary(State(Old));
        Assert.Null(unedited.EditOf("p"));
        Assert.Equal("Old", unedited.Get("p")!.Name);
    }

    [Fact]
    public void An_edit_that_no_longer_validates_is_listed_and_the_file_stays_in_force()
    {
        var library = new PlaybookLibrary(State(Old, "id: p\nname: Bad\nsteps:\n  - kind: wait\n"));
        Assert.Equal("Old", library.Get("p")!.Name);
        Assert.Equal(("p.yaml", "steps[0].wait.seconds"), (Assert.Single(library.Errors).File, library.Errors[0].Path));
    }

    [Fact]
    public void Validation_names_the_file_and_keeps_the_id()
    {
        var library = new PlaybookLibrary(State(Old));
        var (_, errors) = library.Validate("p", "id: p\nname: New\nsteps:\n  - kind: announce\n    text: \"{oops}\"\n");
        var error = Assert.Single(errors);
        Assert.Equal(("p.yaml", "steps[0].announce.text", 5), (error.File, error.Path, error.Line));

        Assert.Equal("id", Assert.Single(library.Validate("p", "id: q\nname: New\nsteps:\n  - kind: pause_announcements\n").Errors).Path);
        var fresh = library.Validate("fresh", "id: fresh\nsteps: []\n").Errors;
        Assert.NotEmpty(fresh);
        Assert.All(fresh, e => Assert.Equal("fresh.yaml", e.File));
        Assert.Equal("New", library.Validate("p", New).Playbook!.Name);
    }

    private static string ShippedFolder()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "LiveRoom.sln"))) dir = dir.Parent;
        return Path.Combine(dir!.FullName, "src", "LiveRoom.Web", "Playbooks", "Library");
    }
}
