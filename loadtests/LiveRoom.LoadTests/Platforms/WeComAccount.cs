namespace LiveRoom.LoadTests.Platforms;

/// <summary>The run's WeCom source: its id once created, and the corp id, Token, EncodingAESKey and secret the tool chose.</summary>
public sealed record WeComAccount(string SourceId, string CorpId, string Token, string EncodingAesKey, string Secret)
{
    public WeComCallback Callback() => new(Token, EncodingAesKey, CorpId);
}
