using LiveRoom.Domain.Groups;
using LiveRoom.Domain.Ingestion;
using LiveRoom.Domain.Launches;

namespace LiveRoom.Domain.Tests.Groups;

public class GroupDismissedTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_dismissed_chat_flags_the_row_first_keeps_its_counts_and_a_repeat_changes_nothing()
    {
        var ledger = new GroupLedger("g1", new GroupState(), new GroupTraffic()) { Registration = new GroupRegistration { Id = "g1", Name = "群1", MemberCount = 50 } };
        Assert.True(ledger.Apply(new LaunchEvent { Kind = EventKind.MemberJoined, Id = "j1", GroupId = "g1", At = Now, MemberId = "m1" }));
        Assert.Null(ledger.Alert(Now));

        var dismissed = new LaunchEvent { Kind = EventKind.GroupDismissed, Id = "wc-1", GroupId = "g1", At = Now };
        Assert.True(ledger.Apply(dismissed));
        Assert.False(ledger.Apply(dismissed));
        Assert.Equal(AlertCodes.Dismissed, ledger.Alert(Now.AddMinutes(1)));
        Assert.Equal(51, ledger.Stats().Members);
        Assert.Equal(AlertCodes.Dismissed, AlertCodes.GroupAlerts[0]);
        Assert.DoesNotContain("group_dismissed", EventKinds.ByWireName.Keys);
    }
}
