namespace LiveRoom.Web.Api;

/// <summary>Reads a request body up to a limit, whatever the server's own limits and chunking.</summary>
public static class BodyReader
{
    /// <summary>The body, or null when it is larger than <paramref name="limit"/> bytes.</summary>
    public static async Task<ReadOnlyMemory<byte>?> ReadAsync(HttpRequest request, int limit)
    {
        if (request.ContentLength > limit) return null;
        var buffer = new MemoryStream(request.ContentLength is { } n ? (int)n : 8192);
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, request.HttpContext.RequestAborted)) > 0)
        {
            if (buffer.Length + read > limit) return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
    }
}
