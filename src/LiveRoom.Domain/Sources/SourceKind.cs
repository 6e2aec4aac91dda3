namespace LiveRoom.Domain.Sources;

/// <summary>The platforms a source can be. Only <see cref="Youzan"/> is built; the others are reserved so their wire names are stable.</summary>
public enum SourceKind
{
    Youzan,
    WechatShop,
    DouyinShop,
    Wecom,
}
