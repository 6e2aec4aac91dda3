using LiveRoom.Domain.Playbooks;
using LiveRoom.Grains.Playbooks;
using LiveRoom.Grains.Tests.Cluster;
using Microsoft.Extensions.DependencyInjection;

namespace LiveRoom.Grains.Tests.Playbooks;

public class PlaybookLibraryGrainTests(ClusterFixture fixture) : ClusterTest(fixture)
{
    private const string Shipped = "id: p\nname: 文件版\nsteps:\n  - kind: pause_announcements\n";
    private const string Edited = "id: p\nname: 控制台版\nsteps:\n  - kind: pause_announcements\n";

    // Each test its own library, as each test has its own launch; production uses IPlaybookLibraryGrain.Key.
    private readonly string _key = "library-" + Guid.NewGuid().ToString("N");

    /// <summary>The grain as the code running on one silo reaches it, like two web nodes co-hosted with their silos.</summary>
    private IPlaybookLibraryGrain OnSilo(int silo) =>
        Fixture.Cluster.Silos[silo].ServiceProvider.GetRequiredService<IGrainFactory>().GetGrain<IPlaybookLibraryGrain>(_key);

    [Fact]
    public async Task An_edit_saved_through_one_silo_is_what_the_other_reads_and_survives_deactivation()
    {
        var seeded = await OnSilo(0).Seed(new() { ["p.yaml"] = Shipped });

        Assert.Empty(await OnSilo(0).Save("p", Edited, "admin"));
        var version = await OnSilo(1).GetVersion();
        Assert.True(version > seeded, $"version {version} after the save, {seeded} before");
        await Fixture.Cluster.DeactivateAsync(OnSilo(0));

        var library = new PlaybookLibrary(await OnSilo(1).Get());
        Assert.Equal((version, "控制台版", "admin"), (library.Version, library.Get("p")!.Name, library.EditOf("p")!.By));
        Assert.Equal(Shipped, library.FileTextOf("p"));
    }

    [Fact]
    public async Task A_changed_file_updates_what_was_not_edited_and_an_edit_stays_until_reverted()
    {
        var other = "id: q\nname: 另一个\nsteps:\n  - kind: resume_announcements\n";
        await OnSilo(0).Seed(new() { ["p.yaml"] = Shipped, ["q.yaml"] = other });
        Assert.Empty(await OnSilo(0).Save("p", Edited, "admin"));

        var updatedOther = other.Replace("另一个", "另一个（新文件）", StringComparison.Ordinal);
        var updatedShipped = Shipped.Replace("文件版", "文件新版", StringComparison.Ordinal);
        await OnSilo(1).Seed(new() { ["p.yaml"] = updatedShipped, ["q.yaml"] = updatedOther });
        var library = new PlaybookLibrary(await OnSilo(0).Get());
        Assert.Equal(("控制台版", "另一个（新文件）"), (library.Get("p")!.Name, library.Get("q")!.Name));

        Assert.True(await OnSilo(1).RevertToFile("p"));
        Assert.False(await OnSilo(1).RevertToFile("p"));
        library = new PlaybookLibrary(await OnSilo(0).Get());
        Assert.Equal("文件新版", library.Get("p")!.Name);
        Assert.Null(library.EditOf("p"));
    }

    [Fact]
    public async Task A_bad_edit_is_refused_with_file_line_and_path_and_changes_nothing()
    {
        await OnSilo(0).Seed(new() { ["p.yaml"] = Shipped });
        var before = await OnSilo(0).GetVersion();

        var errors = await OnSilo(1).Save("p", "id: p\nname: 坏\nsteps:\n  - kind: announce\n    text: \"【{grop}】\"\n", "admin");

        var error = Assert.Single(errors);
        Assert.Equal(("p.yaml", 5, "steps[0].announce.text"), (error.File, error.Line, error.Path));
        Assert.Contains("unknown placeholder '{grop}'", error.Reason, StringComparison.Ordinal);
        Assert.Equal("id", Assert.Single(await OnSilo(1).Save("p", Edited.Replace("id: p", "id: other", StringComparison.Ordinal), "admin")).Path);
        var state = await OnSilo(0).Get();
        Assert.Equal(before, state.Version);
        Assert.Empty(state.Edits);
        Assert.Equal("文件版", new PlaybookLibrary(state).Get("p")!.Name);
    }

    [Fact]
    public async Task Saving_the_file_text_again_is_no_edit_and_seeding_the_same_files_changes_no_version()
    {
        var seeded = await OnSilo(0).Seed(new() { ["p.yaml"] = Shipped });
        Assert.Equal(seeded, await OnSilo(1).Seed(new() { ["p.yaml"] = Shipped }));

        Assert.Empty(await OnSilo(0).Save("p", Edited, "admin"));
        Assert.Empty(await OnSilo(0).Save("p", Shipped, "admin"));
        Assert.Empty((await OnSilo(1).Get()).Edits);
    }
}
