namespace LiveRoom.Grains.Sources;

/// <summary>The ids of all sources (key 0), cluster-wide. Touched only when a source is created or deleted.</summary>
[Alias("LiveRoom.ISourceIndexGrain")]
public interface ISourceIndexGrain : IGrainWithIntegerKey
{
    [Alias("Add")] Task Add(string sourceId);
    [Alias("Remove")] Task Remove(string sourceId);
    [Alias("List")] Task<IReadOnlyList<string>> List();
}
