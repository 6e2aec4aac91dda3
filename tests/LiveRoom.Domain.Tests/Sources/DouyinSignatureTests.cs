using System.Security.Cryptography;
using System.Text;
using LiveRoom.Domain.Sources;

namespace LiveRoom.Domain.Tests.Sources;

public class DouyinSignatureTests
{
    private const string AppKey = "7061718218739418660";
    private const string Secret = "dy-secret-0123456789abcdef";

    /// <summary>A paid message shaped as the SDK's TradeTradePaidParam examples (p_id, s_ids, pay_amount in fen, pay_time).</summary>
    private const string Body = """[{"tag":"101","msg_id":"7063234507620057351:0:101:1644400000","data":"{\"p_id\":4837328765348566675,\"s_ids\":[4837328765348566675],\"pay_amount\":1990,\"pay_time\":1630373504,\"shop_id\":77977,\"order_status\":2}"}]""";

    private static byte[] Bytes(string s) => Encoding.UTF8.GetBytes(s);

    [Fact]
    public void Md5_of_app_key_body_and_secret_matches_an_independent_computation()
    {
        // Computed outside .NET (Python hashlib.md5 over app_key + body + app_secret), so the vector does not share our code.
        Assert.Equal("714233b82185bf6447d8e862819a1816", DouyinSignature.Compute(AppKey, Bytes(Body), Secret));
        // And with .NET's MD5 over the documented concatenation.
        Assert.Equal(Convert.ToHexStringLower(MD5.HashData(Bytes(AppKey + Body + Secret))), DouyinSignature.Compute(AppKey, Bytes(Body), Secret, "md5"));
    }

    [Fact]
    public void Hmac_sha256_when_sign_method_says_so()
    {
        // Python: hmac.new(app_secret, app_key + body + app_secret, sha256).hexdigest()
        const string expected = "3c1a4d72f71444f1d811c05a98a544f85d455e521c69a8b613a2fb7735e8199b";
        Assert.Equal(expected, DouyinSignature.Compute(AppKey, Bytes(Body), Secret, "hmac-sha256"));
        Assert.Equal(expected, DouyinSignature.Compute(AppKey, Bytes(Body), Secret, "HMAC-SHA256"));
        Assert.True(DouyinSignature.Verify(AppKey, Bytes(Body), Secret, expected, "hmac-sha256"));
        Assert.False(DouyinSignature.Verify(AppKey, Bytes(Body), Secret, expected, "md5"));
        Assert.False(DouyinSignature.Verify(AppKey, Bytes(Body), Secret, expected, "MD5"));
        // Without a sign-method header either method verifies (the sources disagree on the default).
        Assert.True(DouyinSignature.Verify(AppKey, Bytes(Body), Secret, expected, null));
        Assert.True(DouyinSignature.Verify(AppKey, Bytes(Body), Secret, DouyinSignature.Compute(AppKey, Bytes(Body), Secret, "MD5"), "MD5"));
    }

    [Fact]
    public void Verifies_the_body_as_sent_and_refuses_anything_else()
    {
        var sign = DouyinSignature.Compute(AppKey, Bytes(Body), Secret);
        Assert.True(DouyinSignature.Verify(AppKey, Bytes(Body), Secret, sign, null));
        Assert.True(DouyinSignature.Verify(AppKey, Bytes(Body), Secret, sign.ToUpperInvariant(), ""));
        // The same JSON re-serialised (one space) is another body: the check never re-encodes.
        Assert.False(DouyinSignature.Verify(AppKey, Bytes(Body.Replace("\"tag\":", "\"tag\": ")), Secret, sign, null));
        Assert.False(DouyinSignature.Verify(AppKey, Bytes(Body), "other-secret", sign, null));
        Assert.False(DouyinSignature.Verify("other-app", Bytes(Body), Secret, sign, null));
        Assert.False(DouyinSignature.Verify(AppKey, Bytes(Body), Secret, sign[..^1], null));
        Assert.False(DouyinSignature.Verify(AppKey, Bytes(Body), Secret, null, null));
        Assert.False(DouyinSignature.Verify(AppKey, Bytes(Body), Secret, sign, "sha1"));
        // An empty secret signs nothing: anyone could compute that MD5.
        Assert.False(DouyinSignature.Verify(AppKey, Bytes(Body), "", DouyinSignature.Compute(AppKey, Bytes(Body), ""), null));
    }

    [Fact]
    public void Non_ascii_bodies_are_signed_as_their_utf8_bytes()
    {
        var body = """[{"tag":"101","msg_id":"m","data":"{\"buyer_words\":\"一群\"}"}]""";
        Assert.Equal(Convert.ToHexStringLower(MD5.HashData(Bytes(AppKey + body + Secret))), DouyinSignature.Compute(AppKey, Bytes(body), Secret));
    }
}
