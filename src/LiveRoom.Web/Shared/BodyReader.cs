using System.Buffers;

namespace LiveRoom.Web.Shared;

/// <summary>Reads a request body up to a limit, whatever the server's own limits and chunking.</summary>
public static class BodyReader
{
    /// <summary>The body, or null when it is larger than <paramref name="limit"/> bytes.</summary>
    public static async Task<ReadOnlyMemory<byte>?> ReadAsync(HttpRequest request, int limit)
    {
        using var body = await RentAsync(request, limit);
        // Not "body?.Memory.ToArray()": a null byte[] converts to an empty ReadOnlyMemory that HasValue,
        // so an oversized body read as an empty one (400 instead of 413).
        if (body is null) return null;
        return body.Memory.ToArray();
    }

    /// <summary>
    /// The body in a pooled buffer, or null when it is larger than <paramref name="limit"/> bytes.
    /// The ingestion hot path uses this: a batch is ~100 KB, and a fresh array per request would
    /// land on the large object heap and drive gen-2 collections at a few hundred batches a second.
    /// Dispose returns the buffer; nothing may keep the memory afterwards.
    /// </summary>
    public static async Task<PooledBody?> RentAsync(HttpRequest request, int limit)
    {
        if (request.ContentLength > limit) return null;
        // One byte more than the limit, so an over-long chunked body is detected, not truncated.
        var capacity = request.ContentLength is { } n ? (int)n + 1 : Math.Min(limit + 1, 16 * 1024);
        var buffer = ArrayPool<byte>.Shared.Rent(capacity);
        var length = 0;
        try
        {
            while (true)
            {
                if (length == buffer.Length)
                {
                    if (length > limit) break;
                    var larger = ArrayPool<byte>.Shared.Rent(Math.Min(buffer.Length * 2, limit + 1));
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }
                var read = await request.Body.ReadAsync(buffer.AsMemory(length), request.HttpContext.RequestAborted);
                if (read == 0) break;
                length += read;
                if (length > limit) break;
            }
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }
        if (length > limit)
        {
            ArrayPool<byte>.Shared.Return(buffer);
            return null;
        }
        return new PooledBody(buffer, length);
    }
}
