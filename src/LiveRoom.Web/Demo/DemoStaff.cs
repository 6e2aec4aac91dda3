using LiveRoom.Domain.Groups;

namespace LiveRoom.Web.Demo;

/// <summary>
/// Who runs which demo group, and what kind of chat it is (docs/delivery.md, "What reaches what").
/// Most groups stay as before (kind unspecified, inbox). A block is posted by hand: 王店长 runs
/// 50 personal WeChat groups alone, which no person can post in time (the delivery forecast shows
/// her groups late or impossible before T0, and the console prints her posting link for a person
/// to try); three WeCom customer-group owners with an assistant each run 10 groups and keep up.
/// A few internal WeCom groups are on the inbox: the demo has no local robot receiver and a robot
/// URL must never point at the real WeCom, so the forecast shows them impossible (the inbox is not the chat).
/// </summary>
public static class DemoStaff
{
    public const string BusyOwner = "王店长";
    public const int FirstStaffGroup = 201;
    public const int BusyGroups = 50;
    public const int CustomerGroupsPerOwner = 10;
    public static readonly string[] CustomerOwners = ["李店长", "张店长", "赵店长"];
    public const int InternalGroups = 5;

    private static int CustomerEnd => FirstStaffGroup + BusyGroups + CustomerOwners.Length * CustomerGroupsPerOwner;

    /// <summary>The kind, owner and assistants of group number <paramref name="i"/> (1-based).</summary>
    public static (GroupKind Kind, string Owner, string[] Assistants) Of(int i)
    {
        if (i < FirstStaffGroup) return (GroupKind.Unspecified, $"群主{i}", [$"助理{i}"]);
        if (i < FirstStaffGroup + BusyGroups) return (GroupKind.WeChatPersonal, BusyOwner, []);
        if (i < CustomerEnd)
        {
            var owner = (i - FirstStaffGroup - BusyGroups) / CustomerGroupsPerOwner;
            return (GroupKind.WeComCustomer, CustomerOwners[owner], [$"{CustomerOwners[owner]}助理"]);
        }
        if (i < CustomerEnd + InternalGroups) return (GroupKind.WeComInternal, $"群主{i}", [$"助理{i}"]);
        return (GroupKind.Unspecified, $"群主{i}", [$"助理{i}"]);
    }

    /// <summary>The hand-posted groups whose notices the demo marks posted itself (all but <see cref="BusyOwner"/>'s).</summary>
    public static bool AutoPosted(GroupRegistration g) => g.Kind == GroupKind.WeComCustomer;
}
