namespace LiveRoom.Domain.Groups;

/// <summary>Funnel tiers: 鱼塘群 (free traffic) → 中转群 (bought the entry product) → 核心群 (paying core).</summary>
public enum GroupTier
{
    Pond,
    Transit,
    Core,
}
