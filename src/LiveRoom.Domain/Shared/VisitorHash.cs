using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace LiveRoom.Domain.Shared;

/// <summary>
/// Visitors are counted by a 64-bit hash of their id (XxHash64): 8 bytes each instead of a string,
/// and a collision is expected only after ~4 billion distinct visitors, so UV is exact for any
/// launch this product will see. See docs/architecture.md, "Unique visitors".
/// </summary>
public static class VisitorHash
{
    public static ulong Of(string visitorId) => XxHash64.HashToUInt64(MemoryMarshal.AsBytes(visitorId.AsSpan()));
}
