namespace LiveRoom.Domain.Sources;

/// <summary>The platforms a source can be. <see cref="Youzan"/>, <see cref="DouyinShop"/> and <see cref="WechatShop"/> are built; the others are reserved so their wire names are stable.</summary>
public enum SourceKind
{
    Youzan,
    WechatShop,
    DouyinShop,
    Wecom,
}
