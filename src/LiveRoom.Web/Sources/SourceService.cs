using LiveRoom.Domain.Setup;
using LiveRoom.Grains.Sources;

namespace LiveRoom.Web.Sources;

/// <summary>
/// The source registry as both the HTTP API and the 数据源 page use it, so the two cannot drift
/// apart: id minting, validation and the grain calls live here; callers only check the policy
/// and shape the answer.
/// </summary>
public sealed class SourceService(IGrainFactory grains, TimeProvider clock)
{
    /// <summary>
    /// One view per source, read in parallel. Sources are a handful per installation, so a page
    /// refreshing every few seconds costs one grain call per source, which is fine.
    /// </summary>
    public async Task<IReadOnlyList<SourceView>> ListAsync()
    {
        var ids = await grains.GetGrain<ISourceIndexGrain>(0).List();
        var views = await Task.WhenAll(ids.Select(id => grains.GetGrain<ISourceGrain>(id).GetView()));
        return views.OfType<SourceView>().ToList();
    }

    public Task<SourceView?> GetAsync(string sourceId) => grains.GetGrain<ISourceGrain>(sourceId).GetView();

    public async Task<SourceOutcome> CreateAsync(SourceRequest body)
    {
        var id = "src-" + Guid.NewGuid().ToString("N")[..12];
        var errors = new ValidationErrors();
        var definition = SourceValidator.Create(id, body, clock.GetUtcNow(), errors);
        if (definition is null) return new SourceOutcome(null, errors);
        return new SourceOutcome(await grains.GetGrain<ISourceGrain>(id).Save(definition), errors);
    }

    /// <summary>Null when there is no such source; omitted fields of <paramref name="body"/> keep their stored values.</summary>
    public async Task<SourceOutcome?> UpdateAsync(string sourceId, SourceRequest body)
    {
        var grain = grains.GetGrain<ISourceGrain>(sourceId);
        if (await grain.GetDefinition() is not { } existing) return null;
        var errors = new ValidationErrors();
        var updated = SourceValidator.Update(existing, body, clock.GetUtcNow(), errors);
        if (updated is null) return new SourceOutcome(null, errors);
        return new SourceOutcome(await grain.Save(updated), errors);
    }

    public Task<bool> DeleteAsync(string sourceId) => grains.GetGrain<ISourceGrain>(sourceId).Delete();

    /// <summary>
    /// The URL to paste into the platform, under <paramref name="baseUri"/> (the request's or the
    /// page's own address, ending in '/'): the shop must reach LiveRoom where the operator does.
    /// </summary>
    public static string CallbackUrl(string baseUri, SourceView source) =>
        $"{baseUri.TrimEnd('/')}/sources/{Uri.EscapeDataString(source.Id)}/{CallbackSegment(source.Kind)}";

    /// <summary>The callback's last path segment: the kind's wire name, except where the platform's own short name reads better.</summary>
    public static string CallbackSegment(string kind) => kind == "douyin-shop" ? "douyin" : kind;
}
