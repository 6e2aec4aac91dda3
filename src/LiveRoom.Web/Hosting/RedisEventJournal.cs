using LiveRoom.Domain.Ingestion;
using LiveRoom.Grains.Groups;
using Orleans.Serialization;
using StackExchange.Redis;

namespace LiveRoom.Web.Hosting;

/// <summary>
/// The durable mode's event journal: one Redis hash per group (field = the entry's id, value = the
/// batch in Orleans' binary format, which honours [Id]/[Alias] like the grain storage). HSET and
/// HDEL of named fields never race with each other the way trimming a list by index would.
/// <para>
/// The connection is opened asynchronously and awaited by every call: the journal is created by
/// the first group activation, and a synchronous connect there held an Orleans scheduler thread
/// while hundreds of activations queued behind it; the thread pool then grew by one thread a
/// second and a restart with 300 groups stalled for 15 s (docs/benchmarks.md).
/// </para>
/// </summary>
public sealed class RedisEventJournal(Task<ConnectionMultiplexer> connecting, Serializer serializer, string serviceId) : IEventJournal
{
    private RedisKey Key(string groupKey) => $"{serviceId}/journal/{groupKey}";

    private async ValueTask<IDatabase> Database() => (await connecting).GetDatabase();

    public async Task AppendAsync(string groupKey, JournalEntry entry) =>
        await (await Database()).HashSetAsync(Key(groupKey), entry.Id, serializer.SerializeToArray(entry.Events.ToList()));

    public async Task<IReadOnlyList<JournalEntry>> ReadAsync(string groupKey, long afterSeq)
    {
        var fields = await (await Database()).HashGetAllAsync(Key(groupKey));
        return fields
            .Select(f => (Id: JournalEntryId.Parse((string)f.Name!), f.Value))
            .Where(f => f.Id.Seq > afterSeq)
            .Select(f => new JournalEntry(f.Id.Seq, f.Id.Tag, serializer.Deserialize<List<LaunchEvent>>((byte[])f.Value!) ?? []))
            .OrderBy(e => e.Seq).ThenBy(e => e.Tag, StringComparer.Ordinal)
            .ToList();
    }

    public async Task RemoveAsync(string groupKey, IReadOnlyCollection<string> ids)
    {
        if (ids.Count == 0) return;
        await (await Database()).HashDeleteAsync(Key(groupKey), ids.Select(id => (RedisValue)id).ToArray());
    }
}
