using System.Security.Cryptography;
using LiveRoom.Domain.Announcements;
using LiveRoom.Domain.Groups;
using LiveRoom.Grains.Announcements;

namespace LiveRoom.Web.Demo;

/// <summary>
/// The demo's countdown plan (T-2m, T-1m, T-10s, T0, then every 2 minutes while stock remains) and
/// channels: the built-in inbox on most groups, a webhook to a port where nothing listens on a
/// few, so retries and dead letters show on the delivery matrix, and staff posting (the owner or an
/// assistant posts by hand) on the personal WeChat and WeCom customer groups of <see cref="DemoStaff"/>.
/// </summary>
public static class DemoAnnouncements
{
    /// <summary>Nothing listens on the discard port: every attempt fails fast with "connection refused".</summary>
    public const string FailingGateway = "http://127.0.0.1:9/liveroom-demo-gateway";

    public static IReadOnlyList<GroupRegistration> WithChannels(IReadOnlyList<GroupRegistration> groups) =>
        groups.Select((g, i) => g.Kind switch
        {
            GroupKind.WeChatPersonal or GroupKind.WeComCustomer => g with { Channel = new DeliveryChannel { Kind = ChannelKind.StaffPost } },
            GroupKind.Unspecified when i % 97 == 6 =>
                g with { Channel = new DeliveryChannel { Kind = ChannelKind.Webhook, Url = FailingGateway, Secret = Convert.ToHexString(RandomNumberGenerator.GetBytes(16)) } },
            // Internal groups too: see DemoStaff for why they have no robot.
            _ => g with { Channel = DeliveryChannel.Inbox },
        }).ToList();

    public static AnnouncementPlan Plan() => new()
    {
        LateWindow = TimeSpan.FromMinutes(2),
        Entries =
        [
            Entry("t-2m", -120, "【倒计时】{launch} 还有 {t_minus} 开抢！{sku.name} 到手价 {price} 元（原价 {anchor_price}），{group.name} 已接龙 {group.signups} 人"),
            Entry("t-1m", -60, "⏰ 最后 {t_minus}！{group.name} 的家人们准备好，{sku.name} 共 {sku.remaining} 件"),
            Entry("t-10s", -10, "🔥 {t_minus} 后开抢，手速要快！"),
            Entry("t0", 0, "🎉 {launch} 开抢啦！{sku.name} 只要 {price} 元，本群已接龙 {group.signups} 人"),
            Entry("left", 120, "📦 {sku.name} 还剩 {sku.remaining} 件，{group.name} 还没下单的抓紧！") with { RepeatEvery = TimeSpan.FromMinutes(2) },
        ],
    };

    /// <summary>A fresh plan for each demo round: the empty save first drops the last round's progress.</summary>
    public static async Task SetUpAsync(IGrainFactory grains, string launchId)
    {
        var announcements = grains.GetGrain<ILaunchAnnouncementsGrain>(launchId);
        await announcements.SavePlan(AnnouncementPlan.Empty, "demo");
        await announcements.SavePlan(Plan(), "demo");
    }

    private static ScheduleEntry Entry(string id, int seconds, string template) =>
        new() { Id = id, Offset = TimeSpan.FromSeconds(seconds), Template = template };
}
