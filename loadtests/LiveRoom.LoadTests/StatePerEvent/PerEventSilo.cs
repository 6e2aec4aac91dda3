using LiveRoom.LoadTests.Server;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Storage;
using StackExchange.Redis;

namespace LiveRoom.LoadTests.StatePerEvent;

/// <summary>
/// A one-silo Orleans cluster inside the tool that hosts only <see cref="PerEventGroupGrain"/>, with
/// grain storage configured as LiveRoom's durable mode configures it (src/LiveRoom.Web/Hosting/
/// OrleansHostingExtensions.UseRedis: Redis grain storage named "liveroom", Orleans' own
/// serializer). Localhost clustering on free ports: membership is not what is measured. Its own
/// ServiceId per run keeps its keys apart from LiveRoom's; they are deleted on dispose.
/// </summary>
public sealed class PerEventSilo : IAsyncDisposable
{
    /// <summary>LiveRoom's grain storage name (LiveRoom.Grains.Shared.StorageNames.Default).</summary>
    public const string StorageName = "liveroom";

    private readonly IHost _host;
    private readonly string _redis;

    private PerEventSilo(IHost host, string redis, string serviceId) => (_host, _redis, ServiceId) = (host, redis, serviceId);

    public string ServiceId { get; }
    public IGrainFactory Grains => _host.Services.GetRequiredService<IGrainFactory>();

    public static async Task<PerEventSilo> StartAsync(string redis, string serviceId)
    {
        var host = new HostBuilder()
            .ConfigureLogging(l => l.SetMinimumLevel(LogLevel.Warning))
            .UseOrleans(silo =>
            {
                silo.UseLocalhostClustering(FreePort.Next(), FreePort.Next(), serviceId: serviceId, clusterId: serviceId);
                silo.AddRedisGrainStorage(StorageName, ob => ob.Configure<IServiceProvider>((o, sp) =>
                {
                    var options = ConfigurationOptions.Parse(redis);
                    options.AbortOnConnectFail = false;
                    o.ConfigurationOptions = options;
                    o.GrainStorageSerializer = ActivatorUtilities.CreateInstance<OrleansGrainStorageSerializer>(sp);
                }));
            })
            .Build();
        await host.StartAsync();
        return new PerEventSilo(host, redis, serviceId);
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
        await DeleteKeysAsync(_redis, ServiceId);
    }

    /// <summary>Removes every key of this silo's service from Redis (the storage keys start with the ServiceId).</summary>
    public static async Task<long> DeleteKeysAsync(string redis, string serviceId)
    {
        await using var connection = await ConnectionMultiplexer.ConnectAsync(redis);
        var deleted = 0L;
        foreach (var endpoint in connection.GetEndPoints())
        {
            var keys = connection.GetServer(endpoint).Keys(pattern: $"{serviceId}*", pageSize: 1000).ToArray();
            if (keys.Length > 0) deleted += await connection.GetDatabase().KeyDeleteAsync(keys);
        }
        return deleted;
    }
}
