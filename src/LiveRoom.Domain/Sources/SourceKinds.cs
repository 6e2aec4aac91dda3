namespace LiveRoom.Domain.Sources;

/// <summary>Wire names of <see cref="SourceKind"/> and which of them can be created today.</summary>
public static class SourceKinds
{
    public static readonly IReadOnlyDictionary<string, SourceKind> ByWireName = new Dictionary<string, SourceKind>(StringComparer.Ordinal)
    {
        ["youzan"] = SourceKind.Youzan,
        ["wechat-shop"] = SourceKind.WechatShop,
        ["douyin-shop"] = SourceKind.DouyinShop,
        ["wecom"] = SourceKind.Wecom,
    };

    /// <summary>Kinds whose callback is implemented; creating another kind is refused rather than half-working.</summary>
    public static readonly IReadOnlySet<SourceKind> Supported = new HashSet<SourceKind> { SourceKind.Youzan, SourceKind.DouyinShop, SourceKind.Wecom, SourceKind.WechatShop };

    public static string WireName(this SourceKind kind) => kind switch
    {
        SourceKind.Youzan => "youzan",
        SourceKind.WechatShop => "wechat-shop",
        SourceKind.DouyinShop => "douyin-shop",
        SourceKind.Wecom => "wecom",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
