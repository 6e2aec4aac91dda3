namespace LiveRoom.Grains.Sources;

/// <summary>What became of one 抖店 push: a verdict per message (or the one verdict of a refused push).</summary>
[GenerateSerializer, Immutable, Alias("LiveRoom.DouyinReceipt.v1")]
public sealed record DouyinReceipt([property: Id(0)] IReadOnlyList<Domain.Sources.SourceVerdict> Verdicts);
