using LiveRoom.Domain.Ingestion;
using LiveRoom.Grains.Groups;
using Orleans.Serialization;
using StackExchange.Redis;

namespace LiveRoom.Web.Hosting;

/// <summary>
/// The durable mode's event journal: one Redis hash per group (field = the entry's id, value = the
/// batch in Orleans' binary format, which honours [Id]/[Alias] like the grain storage). HSET and
/// HDEL of named fields never race with each other the way trimming a list by index would.
/// </summary>
public sealed class RedisEventJournal(IConnectionMultiplexer redis, Serializer serializer, string serviceId) : IEventJournal
{
    private RedisKey Key(string groupKey) => $"{serviceId}/journal/{groupKey}";

    public Task AppendAsync(string groupKey, JournalEntry entry) =>
        redis.GetDatabase().HashSetAsync(Key(groupKey), entry.Id, serializer.SerializeToArray(entry.Events.ToList()));

    public async Task<IReadOnlyList<JournalEntry>> ReadAsync(string groupKey, long afterSeq)
    {
        var fields = await redis.GetDatabase().HashGetAllAsync(Key(groupKey));
        return fields
            .Select(f => (Id: JournalEntryId.Parse((string)f.Name!), f.Value))
            .Where(f => f.Id.Seq > afterSeq)
            .Select(f => new JournalEntry(f.Id.Seq, f.Id.Tag, serializer.Deserialize<List<LaunchEvent>>((byte[])f.Value!) ?? []))
            .OrderBy(e => e.Seq).ThenBy(e => e.Tag, StringComparer.Ordinal)
            .ToList();
    }

    public Task RemoveAsync(string groupKey, IReadOnlyCollection<string> ids) =>
        ids.Count == 0 ? Task.CompletedTask : redis.GetDatabase().HashDeleteAsync(Key(groupKey), ids.Select(id => (RedisValue)id).ToArray());
}
