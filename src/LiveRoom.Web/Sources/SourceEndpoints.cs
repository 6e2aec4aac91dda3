using LiveRoom.Domain.Groups;
using LiveRoom.Domain.Setup;
using LiveRoom.Domain.Sources;
using LiveRoom.Grains.Launches;
using LiveRoom.Grains.Sources;
using LiveRoom.Web.Access;
using LiveRoom.Web.Ingestion;
using LiveRoom.Web.Shared;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LiveRoom.Web.Sources;

/// <summary>
/// Sources over HTTP (docs/sources.md): the registry (Viewer reads, Operate writes), a launch's
/// mapping of a source, and the platforms' callbacks, which are anonymous and verified by the
/// platform's own signature.
/// </summary>
public static class SourceEndpoints
{
    /// <summary>A Youzan trade message with its full order is a few KB; 256 KB leaves room for big carts and refuses floods.</summary>
    public const int MaxCallbackBytes = 256 * 1024;

    public static IEndpointRouteBuilder MapLiveRoomSources(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/sources").RequireAuthorization().DisableAntiforgery().WithTags("Sources");
        api.MapGet("/", ListSources);
        api.MapPost("/", CreateSource).RequireAuthorization(Policies.Operate);
        api.MapGet("/{sourceId}", GetSource);
        api.MapPut("/{sourceId}", UpdateSource).RequireAuthorization(Policies.Operate);
        api.MapDelete("/{sourceId}", DeleteSource).RequireAuthorization(Policies.Operate);

        var launches = app.MapGroup("/api/launches/{launchId}/sources").RequireAuthorization().DisableAntiforgery().WithTags("Sources");
        launches.MapGet("/{sourceId}", GetMapping);
        launches.MapPut("/{sourceId}", MapSource).RequireAuthorization(Policies.Operate);

        // Youzan cannot log in: the push is authorised by its MD5 signature with the source's client secret.
        app.MapPost("/sources/{sourceId}/youzan", PostYouzan).AllowAnonymous().DisableAntiforgery().WithTags("Sources");
        // 抖店 likewise: its push is authorised by the event-sign header (MD5 or HMAC-SHA256 with the app secret).
        app.MapPost("/sources/{sourceId}/douyin", PostDouyin).AllowAnonymous().DisableAntiforgery().WithTags("Sources");
        app.MapWeChatShopCallback();
        return app;
    }

    public static string CallbackUrl(HttpRequest request, SourceView source) =>
        SourceService.CallbackUrl($"{request.Scheme}://{request.Host}{request.PathBase}/", source);

    public static async Task<Ok<List<SourceDto>>> ListSources(HttpRequest request, SourceService sources) =>
        TypedResults.Ok((await sources.ListAsync()).Select(v => SourceDto.From(v, request)).ToList());

    public static async Task<Results<Created<SourceDto>, ProblemHttpResult>> CreateSource(HttpRequest request, SourceService sources)
    {
        var (body, problem) = await ApiJson.ReadAsync<SourceRequest>(request);
        if (problem is not null) return problem;
        var outcome = await sources.CreateAsync(body!);
        if (outcome.View is not { } view) return ApiProblems.Validation(outcome.Errors.ToDictionary(), title: "The source was not created");
        return TypedResults.Created($"/api/sources/{view.Id}", SourceDto.From(view, request));
    }

    public static async Task<Results<Ok<SourceDto>, ProblemHttpResult>> GetSource(string sourceId, HttpRequest request, SourceService sources) =>
        await sources.GetAsync(sourceId) is { } v ? TypedResults.Ok(SourceDto.From(v, request)) : UnknownSource(sourceId);

    public static async Task<Results<Ok<SourceDto>, ProblemHttpResult>> UpdateSource(string sourceId, HttpRequest request, SourceService sources, IGrainFactory grains)
    {
        // Unknown first, as before: a PUT to a missing source is a 404 even with a bad body.
        if (await grains.GetGrain<ISourceGrain>(sourceId).GetDefinition() is null) return UnknownSource(sourceId);
        var (body, problem) = await ApiJson.ReadAsync<SourceRequest>(request);
        if (problem is not null) return problem;
        var outcome = await sources.UpdateAsync(sourceId, body!);
        if (outcome is null) return UnknownSource(sourceId);
        if (outcome.View is not { } view) return ApiProblems.Validation(outcome.Errors.ToDictionary(), title: "The source was not changed");
        return TypedResults.Ok(SourceDto.From(view, request));
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> DeleteSource(string sourceId, SourceService sources) =>
        await sources.DeleteAsync(sourceId) ? TypedResults.NoContent() : UnknownSource(sourceId);

    public static async Task<Results<Ok<SourceMapping>, ProblemHttpResult>> GetMapping(string launchId, string sourceId, IGrainFactory grains) =>
        await grains.GetGrain<ISourceGrain>(sourceId).GetMapping(launchId) is { } m
            ? TypedResults.Ok(m)
            : TypedResults.Problem(statusCode: 404, title: "Not mapped", detail: $"Launch '{launchId}' does not map source '{sourceId}'.");

    /// <summary>
    /// Maps a source into a launch, and registers the launch's Unattributed row the first time, so
    /// orders whose group cannot be told are counted on the board in a row of their own.
    /// </summary>
    public static async Task<Results<Ok<SourceMapping>, ProblemHttpResult>> MapSource(
        string launchId, string sourceId, HttpRequest request, IGrainFactory grains, CatalogCache catalogs)
    {
        var launch = grains.GetGrain<ILaunchGrain>(launchId);
        if (await launch.GetCatalog() is not { } catalog) return ApiProblems.UnknownLaunch(launchId);
        var source = grains.GetGrain<ISourceGrain>(sourceId);
        if (await source.GetDefinition() is null) return UnknownSource(sourceId);
        var (body, problem) = await ApiJson.ReadAsync<MappingRequest>(request);
        if (problem is not null) return problem;
        var errors = new ValidationErrors();
        var mapping = SourceValidator.Mapping(launchId, body!, catalog.SkuIds, errors);
        if (mapping is null) return ApiProblems.Validation(errors.ToDictionary(), title: "The mapping was not saved");

        if (!catalog.GroupIds.Contains(Unattributed.GroupId))
        {
            await launch.RegisterGroups([new GroupRegistration { Id = Unattributed.GroupId, Name = Unattributed.Name, Tier = GroupTier.Pond }]);
            catalogs.Invalidate(launchId);
        }
        await source.Map(mapping);
        return TypedResults.Ok(mapping);
    }

    /// <summary>
    /// Youzan's push. Every message that reaches its source is answered <c>{"code":0,"msg":"success"}</c>,
    /// refused ones included (they apply nothing and are counted with their reason): any other answer
    /// makes Youzan retry a message that will never be accepted. Only an unknown source is a 404.
    /// </summary>
    public static async Task<Results<Ok<YouzanAnswer>, ProblemHttpResult>> PostYouzan(string sourceId, HttpRequest request, IGrainFactory grains)
    {
        // RentAsync's null is the size refusal; the grain gets its own copy of the bytes.
        using var body = await BodyReader.RentAsync(request, MaxCallbackBytes);
        if (body is null)
            return TypedResults.Problem(statusCode: 413, title: "Request too large", detail: $"The body must be at most {MaxCallbackBytes} bytes.");
        var verdict = await grains.GetGrain<ISourceGrain>(sourceId).ReceiveYouzan(body.Memory.ToArray());
        return verdict is null ? UnknownSource(sourceId) : TypedResults.Ok(YouzanAnswer.Success);
    }

    /// <summary>
    /// 抖店's message push: a batch of messages signed as a whole. Every push that reaches its source
    /// is answered <c>{"code":0,"msg":"success"}</c>, refused ones and refused messages included
    /// (they apply nothing and are counted with their reason): any other answer makes the platform
    /// retry a push that will never be accepted. Only an unknown source is a 404.
    /// </summary>
    public static async Task<Results<Ok<DouyinAnswer>, ProblemHttpResult>> PostDouyin(string sourceId, HttpRequest request, IGrainFactory grains)
    {
        using var body = await BodyReader.RentAsync(request, MaxCallbackBytes);
        if (body is null)
            return TypedResults.Problem(statusCode: 413, title: "Request too large", detail: $"The body must be at most {MaxCallbackBytes} bytes.");
        var headers = request.Headers;
        var receipt = await grains.GetGrain<ISourceGrain>(sourceId)
            .ReceiveDouyin(body.Memory.ToArray(), headers["app-id"].FirstOrDefault(), headers["event-sign"].FirstOrDefault(), headers["sign-method"].FirstOrDefault());
        return receipt is null ? UnknownSource(sourceId) : TypedResults.Ok(DouyinAnswer.Success);
    }

    private static ProblemHttpResult UnknownSource(string sourceId) =>
        TypedResults.Problem(statusCode: 404, title: "Unknown source", detail: $"There is no source '{sourceId}'.");
}
