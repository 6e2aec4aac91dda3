using LiveRoom.Domain.Ingestion;
using static LiveRoom.Domain.Tests.Support.Events;
using LiveRoom.Domain.Groups;

namespace LiveRoom.Domain.Tests.Groups;

public class OrderBookTests
{
    private static readonly DateTimeOffset Paid = T;
    private static readonly DateTimeOffset Later = T.AddMinutes(7);

    [Fact]
    public void Paid_order_counts_once_in_its_minute()
    {
        var book = new OrderBook();
        var change = book.Apply(Order("o1", OrderStatus.Paid, Paid, quantity: 2, amount: 198m));

        Assert.NotNull(change);
        Assert.Equal(UnixMinute.Of(Paid), change.Value.Minute);
        Assert.Equal(1, change.Value.Counts.Orders);
        Assert.Equal(198m, change.Value.Counts.Gmv);
        Assert.Equal(1, book.Paid);
        Assert.Equal(198m, book.Gmv);
        Assert.Equal(2, book.SoldBySku["sku-1"]);
    }

    [Fact]
    public void Duplicate_paid_changes_nothing()
    {
        var book = new OrderBook();
        book.Apply(Order("o1", OrderStatus.Paid, Paid, amount: 50m));
        Assert.Null(book.Apply(Order("o1", OrderStatus.Paid, Paid, amount: 50m)));
        Assert.Null(book.Apply(Order("o1", OrderStatus.Paid, Later, amount: 50m, id: "retry-with-new-id")));
        Assert.Equal(1, book.Paid);
        Assert.Equal(50m, book.Gmv);
        Assert.Equal(1, book.Count);
    }

    [Fact]
    public void Refund_reverses_in_the_minute_it_was_paid()
    {
        var book = new OrderBook();
        book.Apply(Order("o1", OrderStatus.Paid, Paid, quantity: 3, amount: 300m));
        var change = book.Apply(Order("o1", OrderStatus.Refunded, Later, quantity: 3, amount: 300m));

        Assert.NotNull(change);
        Assert.Equal(UnixMinute.Of(Paid), change.Value.Minute);
        Assert.Equal(-1, change.Value.Counts.Orders);
        Assert.Equal(-300m, change.Value.Counts.Gmv);
        Assert.Equal(0, book.Paid);
        Assert.Equal(0m, book.Gmv);
        Assert.Equal(0, book.SoldBySku["sku-1"]);
        Assert.Equal(OrderStatus.Refunded, book.Find("o1")!.Status);
    }

    [Fact]
    public void Refund_uses_the_paid_amounts_not_the_refund_events()
    {
        var book = new OrderBook();
        book.Apply(Order("o1", OrderStatus.Paid, Paid, quantity: 2, amount: 200m));
        var change = book.Apply(Order("o1", OrderStatus.Refunded, Later, quantity: 1, amount: 1m));
        Assert.Equal(-200m, change!.Value.Counts.Gmv);
        Assert.Equal(0, book.SoldBySku["sku-1"]);
    }

    [Fact]
    public void Cancel_reverses_like_a_refund()
    {
        var book = new OrderBook();
        book.Apply(Order("o1", OrderStatus.Paid, Paid, amount: 80m));
        book.Apply(Order("o2", OrderStatus.Paid, Paid, amount: 20m));
        var change = book.Apply(Order("o1", OrderStatus.Cancelled, Later, amount: 80m));

        Assert.Equal(-1, change!.Value.Counts.Orders);
        Assert.Equal(1, book.Paid);
        Assert.Equal(20m, book.Gmv);
    }

    [Fact]
    public void Duplicate_refund_reverses_only_once()
    {
        var book = new OrderBook();
        book.Apply(Order("o1", OrderStatus.Paid, Paid, amount: 80m));
        book.Apply(Order("o1", OrderStatus.Refunded, Later, amount: 80m));
        Assert.Null(book.Apply(Order("o1", OrderStatus.Refunded, Later, amount: 80m)));
        Assert.Null(book.Apply(Order("o1", OrderStatus.Cancelled, Later, amount: 80m)));
        Assert.Equal(0, book.Paid);
        Assert.Equal(0m, book.Gmv);
    }

    [Fact]
    public void Refund_before_paid_is_recorded_and_the_late_paid_is_ignored()
    {
        var book = new OrderBook();
        Assert.Null(book.Apply(Order("o1", OrderStatus.Refunded, Later, amount: 80m)));
        Assert.Null(book.Apply(Order("o1", OrderStatus.Paid, Paid, amount: 80m)));

        Assert.Equal(0, book.Paid);
        Assert.Equal(0m, book.Gmv);
        Assert.Equal(0, book.SoldBySku.GetValueOrDefault("sku-1"));
        Assert.Equal(OrderStatus.Refunded, book.Find("o1")!.Status);
    }

    [Fact]
    public void Stale_paid_after_refund_is_ignored()
    {
        var book = new OrderBook();
        book.Apply(Order("o1", OrderStatus.Paid, Paid, amount: 80m));
        book.Apply(Order("o1", OrderStatus.Refunded, Later, amount: 80m));
        Assert.Null(book.Apply(Order("o1", OrderStatus.Paid, Paid, amount: 80m, id: "webhook-retry")));
        Assert.Equal(0, book.Paid);
    }

    [Fact]
    public void Sold_is_kept_per_sku()
    {
        var book = new OrderBook();
        book.Apply(Order("o1", OrderStatus.Paid, Paid, sku: "a", quantity: 2));
        book.Apply(Order("o2", OrderStatus.Paid, Paid, sku: "b", quantity: 5));
        book.Apply(Order("o3", OrderStatus.Paid, Paid, sku: "a", quantity: 1));
        book.Apply(Order("o2", OrderStatus.Refunded, Later, sku: "b", quantity: 5));

        Assert.Equal(3, book.SoldBySku["a"]);
        Assert.Equal(0, book.SoldBySku["b"]);
        Assert.Equal(2, book.Paid);
    }
}
