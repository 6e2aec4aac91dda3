using System.Text.Unicode;
using LiveRoom.LoadTests.Client;

namespace LiveRoom.LoadTests.Load;

/// <summary>
/// Writes events straight into UTF-8 buffers from a template (no serializer, no strings), so the
/// generator spends its share of the 2 cores on sending. Ids carry a run prefix and a sequence
/// number: every event is new to the server's replay filters, as real traffic would be.
/// </summary>
/// <param name="spread">
/// false (the default, and every stage (c) figure so far): event n goes to group n % groups, so with
/// a group count that is a multiple of 100 the kind (n % 100) decides the group too, and all orders
/// land in 2 % of the groups, all chat in 1 %. true: the group comes from a hash of n, so business
/// events spread over every group (docs/benchmarks.md, "Against a grain that writes its state per event").
/// </param>
public sealed class EventWriter(string runPrefix, int groups, int visitors, bool spread = false)
{
    public int Groups => groups;

    /// <summary>The largest single event this writer produces, for buffer sizing.</summary>
    public const int MaxEventBytes = 256;

    /// <summary>The amount of every order of the stream (one unit).</summary>
    public const int OrderAmount = 99;

    /// <summary>One page view: the sale-page beacon's event.</summary>
    public int PageView(Span<byte> into, long n) =>
        Write(into, $"{{\"id\":\"{runPrefix}-p{n}\",\"type\":\"page_view\",\"groupId\":\"{Group(n)}\",\"visitorId\":\"v{Visitor(n)}\"}}");

    /// <summary>A paid order of one unit of a sale SKU.</summary>
    public int Order(Span<byte> into, long n) =>
        Write(into, $"{{\"id\":\"{runPrefix}-o{n}\",\"type\":\"order\",\"groupId\":\"{Group(n)}\",\"orderId\":\"{runPrefix}-o{n}\",\"skuId\":\"{LaunchPlan.SaleSkus[n % LaunchPlan.SaleSkus.Length]}\",\"quantity\":1,\"amount\":{OrderAmount},\"status\":\"paid\"}}");

    public int Chat(Span<byte> into, long n) =>
        Write(into, $"{{\"id\":\"{runPrefix}-c{n}\",\"type\":\"chat_message\",\"groupId\":\"{Group(n)}\",\"memberId\":\"m{n % 5000}\",\"text\":\"还有货吗 {n}\"}}");

    /// <summary>
    /// A batch as a launch sees it at peak: 97% page views, 2% orders, 1% chat, spread over every
    /// group. Returns the bytes written; <paramref name="first"/> numbers the events.
    /// </summary>
    public int MixedBatch(Span<byte> into, long first, int count) => Batch(into, first, count, business: true);

    /// <summary>A batch of page views only (profiling by elimination: traffic path without grain writes).</summary>
    public int PageViewBatch(Span<byte> into, long first, int count) => Batch(into, first, count, business: false);

    private int Batch(Span<byte> into, long first, int count, bool business)
    {
        var pos = 0;
        into[pos++] = (byte)'[';
        for (var i = 0; i < count; i++)
        {
            if (i > 0) into[pos++] = (byte)',';
            var n = first + i;
            pos += (business ? KindOf(n) : StreamKind.PageView) switch
            {
                StreamKind.Order => Order(into[pos..], n),
                StreamKind.Chat => Chat(into[pos..], n),
                _ => PageView(into[pos..], n),
            };
        }
        into[pos++] = (byte)']';
        return pos;
    }

    /// <summary>
    /// The kind of event number <paramref name="n"/> in a mixed stream: 2 % orders, 1 % chat, the rest
    /// page views. Every baseline that replays the stream (stages f and h) asks here, so all see the same mix.
    /// </summary>
    public static StreamKind KindOf(long n) => (n % 100) switch { 0 or 50 => StreamKind.Order, 1 => StreamKind.Chat, _ => StreamKind.PageView };

    /// <summary>The group index of event number <paramref name="n"/> (0 … groups − 1).</summary>
    public int GroupIndex(long n) => spread ? (int)(Mix((ulong)n) % (ulong)groups) : (int)(n % groups);

    /// <summary>SplitMix64's finaliser: every bit of n reaches the low bits (a bare multiply keeps n's factors of 2 there).</summary>
    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    private string Group(long n) => LaunchPlan.GroupId(GroupIndex(n));

    // A multiplicative hash spreads visitors over groups, so UV is not a copy of PV.
    public long Visitor(long n) => (long)((ulong)n * 11400714819323198485UL % (ulong)visitors);

    private static int Write(Span<byte> into, [System.Runtime.CompilerServices.InterpolatedStringHandlerArgument(nameof(into))] ref Utf8.TryWriteInterpolatedStringHandler handler) =>
        Utf8.TryWrite(into, ref handler, out var written) ? written : throw new InvalidOperationException("event buffer too small");
}

/// <summary>The three kinds of event of the bench's mixed stream.</summary>
public enum StreamKind : byte { PageView, Order, Chat }
