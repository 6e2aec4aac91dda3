using System.Security.Cryptography;
using LiveRoom.LoadTests.Model;

namespace LiveRoom.LoadTests.Platforms;

/// <summary>
/// The two shop sources of one run and the secrets the tool made for them: it signs as the
/// platform would, so it must know what LiveRoom was told. Secrets are fresh per run (never
/// printed or written to the report).
/// </summary>
public sealed record PlatformAccounts(string YouzanSourceId, string YouzanClientId, string YouzanSecret,
    string DouyinSourceId, string DouyinAppKey, string DouyinSecret, int Seed)
{
    /// <summary>The WeCom source joins and leaves go to; null when they take the native bot path.</summary>
    public WeComAccount? WeCom { get; init; }

    /// <summary>Accounts with new secrets and no source ids yet (set when the sources are created).</summary>
    public static PlatformAccounts Generate(int seed) =>
        new("", Hex(8), Hex(16), "", Convert.ToString(RandomNumberGenerator.GetInt32(1_000_000, int.MaxValue), 10), Hex(16), seed)
        {
            WeCom = new WeComAccount("", "ww" + Hex(8), "T" + Hex(12), WeComCallback.NewEncodingAesKey(), Hex(16)),
        };

    /// <summary>
    /// Which platform carries an order, by its index: a deterministic mix of both (same seed, same
    /// split), so a refund always goes to the platform its payment went to.
    /// </summary>
    public Platform Of(int orderIndex, OrderLine order) =>
        (Seeds.Mix(Seed, -5, orderIndex) & 1) == 0 || !DouyinCallback.CanCarry(order) ? Platform.Youzan : Platform.Douyin;

    private static string Hex(int bytes) => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(bytes));
}
