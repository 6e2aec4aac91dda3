namespace LiveRoom.Web.Tests.Infrastructure;

/// <summary>Waits for a condition with a deadline: the pipeline is asynchronous by design.</summary>
public static class Eventually
{
    public static async Task<T> Get<T>(Func<Task<T>> read, Func<T, bool> done, TimeSpan? timeout = null, string? what = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        T value;
        while (true)
        {
            value = await read();
            if (done(value)) return value;
            if (DateTime.UtcNow > deadline) break;
            await Task.Delay(25);
        }
        Assert.Fail($"Timed out waiting for {what ?? "a condition"}; last value: {value}");
        return value;
    }
}
