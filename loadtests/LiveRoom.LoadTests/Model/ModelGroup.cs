namespace LiveRoom.LoadTests.Model;

/// <summary>One group of the modelled launch: its registration and its 接龙 as it will grow.</summary>
public sealed record ModelGroup(string Id, int Tier, int InitialMembers, string ChainHeader, List<string> ChainLines)
{
    public static string TierName(int tier) => tier switch { 0 => "Pond", 1 => "Transit", _ => "Core" };

    /// <summary>Member ids: m0… are the registered members; joiners continue the numbering.</summary>
    public static string MemberId(int member) => $"m{member}";
}
