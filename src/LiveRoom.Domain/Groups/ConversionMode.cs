namespace LiveRoom.Domain.Groups;

/// <summary>How a group converts: 群接龙, 拼团 or 优惠折扣. Groups of one launch may differ (A/B).</summary>
public enum ConversionMode
{
    ChainSignup,
    GroupBuy,
    Discount,
}
