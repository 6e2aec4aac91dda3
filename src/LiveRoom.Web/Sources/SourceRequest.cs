namespace LiveRoom.Web.Sources;

/// <summary>
/// The body of <c>POST /api/sources</c> and <c>PUT /api/sources/{id}</c>. On PUT every field is
/// optional: a missing one keeps the stored value (so a rename does not need the secret again).
/// </summary>
public sealed record SourceRequest(string? Kind, string? Name, string? ClientId, string? ClientSecret);
