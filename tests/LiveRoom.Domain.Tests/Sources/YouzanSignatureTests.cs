using System.Security.Cryptography;
using System.Text;
using LiveRoom.Domain.Sources;

namespace LiveRoom.Domain.Tests.Sources;

public class YouzanSignatureTests
{
    // Computed here from the documented algorithm (MD5 of client_id + msg + client_secret, lowercase hex) with .NET's MD5.
    private static string Expected(string s) => Convert.ToHexStringLower(MD5.HashData(Encoding.UTF8.GetBytes(s)));

    [Fact]
    public void Signs_client_id_then_msg_as_sent_then_secret()
    {
        const string msg = "%7B%22tid%22%3A%22E1%22%7D";
        Assert.Equal(Expected("cid" + msg + "secret"), YouzanSignature.Compute("cid", msg, "secret"));
        // The known MD5 of the empty string pins the hex format (lowercase, 32 characters).
        Assert.Equal("d41d8cd98f00b204e9800998ecf8427e", YouzanSignature.Compute("", "", ""));
    }

    [Fact]
    public void Verifies_exactly_and_refuses_anything_else()
    {
        var sign = YouzanSignature.Compute("cid", "m", "secret");
        Assert.True(YouzanSignature.Verify("cid", "m", "secret", sign));
        Assert.True(YouzanSignature.Verify("cid", "m", "secret", sign.ToUpperInvariant()));
        Assert.False(YouzanSignature.Verify("cid", "m2", "secret", sign));
        Assert.False(YouzanSignature.Verify("cid", "m", "other", sign));
        Assert.False(YouzanSignature.Verify("cid", "m", "secret", null));
        Assert.False(YouzanSignature.Verify("cid", "m", "secret", sign[..^1]));
        // An empty secret signs nothing: anyone could compute that MD5.
        Assert.False(YouzanSignature.Verify("cid", "m", "", YouzanSignature.Compute("cid", "m", "")));
    }
}
