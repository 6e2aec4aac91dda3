using LiveRoom.Domain.Setup;
using LiveRoom.Grains.Sources;

namespace LiveRoom.Web.Sources;

/// <summary>What a create or update did: the saved source, or the fields that were wrong (then <see cref="View"/> is null).</summary>
public sealed record SourceOutcome(SourceView? View, ValidationErrors Errors);
