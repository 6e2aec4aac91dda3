namespace LiveRoom.Cluster.Tests.Infrastructure;

/// <summary>Waits for a condition with a deadline; the only place a test pauses.</summary>
public static class Wait
{
    public static async Task Until(Func<Task<bool>> condition, TimeSpan timeout, string what)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Timed out after {timeout.TotalSeconds:F0} s waiting for {what}.");
            await Task.Delay(100);
        }
    }

    public static async Task<T> For<T>(Func<Task<T>> read, Func<T, bool> done, TimeSpan timeout, string what)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            T value;
            try
            {
                value = await read();
            }
            catch (Exception) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(200);
                continue;
            }
            if (done(value)) return value;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Timed out after {timeout.TotalSeconds:F0} s waiting for {what}; last value: {value}");
            await Task.Delay(100);
        }
    }
}
