using LiveRoom.Domain.Timeline;
using LiveRoom.Grains.Ingestion;
using LiveRoom.Grains.Shared;
using Orleans.Concurrency;

namespace LiveRoom.Grains.Timeline;

/// <summary>
/// Keeps the open page in its own state and seals full pages into page grains, so a long launch
/// never rewrites its whole history on every append. Reentrant with one coalesced write: appends
/// that arrive during a write share the next one.
/// </summary>
[Reentrant]
public sealed class LaunchTimelineGrain(
    [PersistentState("timeline", StorageNames.Default)] IPersistentState<TimelineState> store) : Grain, ILaunchTimelineGrain
{
    public const int PageSize = 500;

    private readonly List<(long Page, List<TimelineEntry> Entries)> _toSeal = [];
    private WriteCoalescer _writer = null!;

    private long OpenStart => store.State.SealedPages * PageSize + SealingCount;
    private int SealingCount => _toSeal.Count * PageSize;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _writer = new WriteCoalescer(WriteAsync);
        return Task.CompletedTask;
    }

    public async Task<long> Append(IReadOnlyList<TimelineEntry> entries)
    {
        var first = OpenStart + store.State.Open.Count;
        if (entries.Count == 0) return first;
        var open = store.State.Open;
        foreach (var entry in entries)
        {
            open.Add(entry with { Sequence = OpenStart + open.Count });
            if (open.Count == PageSize)
            {
                _toSeal.Add((store.State.SealedPages + _toSeal.Count, open));
                open = store.State.Open = [];
            }
        }
        await _writer.WriteAsync();
        return first;
    }

    public async Task<TimelineSlice> Read(long from, int max)
    {
        from = Math.Max(0, from);
        max = Math.Clamp(max, 1, 5_000);
        var total = OpenStart + store.State.Open.Count;
        var result = new List<TimelineEntry>(Math.Min(max, 256));
        var next = from;
        while (result.Count < max && next < total)
        {
            var page = await PageOf(next / PageSize);
            var offset = (int)(next - next / PageSize * PageSize);
            var take = Math.Min(max - result.Count, page.Count - offset);
            if (take <= 0) break;
            result.AddRange(page.Skip(offset).Take(take));
            next += take;
        }
        return new TimelineSlice(result, next, total);
    }

    private async Task<IReadOnlyList<TimelineEntry>> PageOf(long page)
    {
        if (page < store.State.SealedPages) return await PageGrain(page).Get();
        var sealing = _toSeal.FirstOrDefault(p => p.Page == page);
        return sealing.Entries ?? store.State.Open;
    }

    private ITimelinePageGrain PageGrain(long page) => GrainFactory.GetGrain<ITimelinePageGrain>(TimelinePageKey.Of(this.GetPrimaryKeyString(), page));

    private async Task WriteAsync()
    {
        // Pages first: the state's page count must never point at a page that is not stored.
        while (_toSeal.Count > 0)
        {
            var (page, entries) = _toSeal[0];
            await PageGrain(page).Store(entries);
            _toSeal.RemoveAt(0);
            store.State.SealedPages = page + 1;
        }
        await store.WriteStateAsync();
    }
}
