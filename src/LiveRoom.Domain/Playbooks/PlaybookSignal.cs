namespace LiveRoom.Domain.Playbooks;

/// <summary>A condition on the board for which a playbook is suggested as a one-click card.</summary>
public enum PlaybookSignal
{
    None,
    /// <summary>An SKU has no stock left.</summary>
    SkuSoldOut,
    /// <summary>A group raised the <c>negative_spike</c> alert.</summary>
    NegativeSpike,
    /// <summary>No orders in the last minutes while the launch is Live.</summary>
    OrdersStalled,
    /// <summary>The sale page reports errors (beacon <c>page_error</c> events; see <see cref="PageErrorRule"/>).</summary>
    PageError,
}
