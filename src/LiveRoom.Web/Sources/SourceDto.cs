using LiveRoom.Grains.Sources;

namespace LiveRoom.Web.Sources;

/// <summary>A source as the API answers it: its view (no secret) and the URL to paste into the platform.</summary>
public sealed record SourceDto(string Id, string Kind, string Name, string CallbackUrl, string ClientId, string SecretHint,
    DateTimeOffset CreatedAt, DateTimeOffset? SecretRotatedAt, SourceStats Stats, IReadOnlyList<string> Launches, string CorpId, string ApiBase)
{
    public static SourceDto From(SourceView v, HttpRequest request) =>
        new(v.Id, v.Kind, v.Name, SourceEndpoints.CallbackUrl(request, v), v.ClientId, v.SecretHint, v.CreatedAt, v.SecretRotatedAt, v.Stats, v.Launches, v.CorpId, v.ApiBase);
}
