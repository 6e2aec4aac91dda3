using LiveRoom.Domain.Groups;
using LiveRoom.Domain.Setup;
using LiveRoom.Domain.Sources;
using LiveRoom.Grains.Groups;
using LiveRoom.Grains.Launches;
using LiveRoom.Grains.Shared;
using LiveRoom.Grains.Sources;
using LiveRoom.Web.Access;
using LiveRoom.Web.Ingestion;
using LiveRoom.Web.Shared;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

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

    /// <summary>A WeCom event is under 2 KB before encryption; 64 KB also holds a callback listing a whole group's members.</summary>
    public const int MaxWeComBytes = 64 * 1024;

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
        // WeCom neither: its callbacks are signed (msg_signature) and encrypted with the source's Token and EncodingAESKey.
        app.MapGet("/sources/{sourceId}/wecom", VerifyWeCom).AllowAnonymous().WithTags("Sources");
        app.MapPost("/sources/{sourceId}/wecom", PostWeCom).AllowAnonymous().DisableAntiforgery().WithTags("Sources");
        launches.MapPost("/{sourceId}/import-groups", ImportWeComGroups).RequireAuthorization(Policies.Operate);
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
        if (await source.GetDefinition() is not { } definition) return UnknownSource(sourceId);
        var (body, problem) = await ApiJson.ReadAsync<MappingRequest>(request);
        if (problem is not null) return problem;
        var errors = new ValidationErrors();
        var mapping = SourceValidator.Mapping(launchId, body!, catalog.SkuIds, errors, skusRequired: definition.Kind != SourceKind.Wecom);
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

    /// <summary>
    /// WeCom's URL check when the callback URL is saved in its console: the decrypted <c>echostr</c>
    /// as plain text. A check that fails its signature, timestamp or decryption is a 403 (WeCom then
    /// shows the admin that the URL did not verify) and is counted on the source.
    /// </summary>
    public static async Task<Results<ContentHttpResult, ProblemHttpResult>> VerifyWeCom(string sourceId,
        [FromQuery(Name = "msg_signature")] string? signature, string? timestamp, string? nonce, string? echostr, IGrainFactory grains)
    {
        // Base64 has no spaces: a '+' WeCom left unencoded arrives decoded as a space, so it is put back.
        var echo = await grains.GetGrain<ISourceGrain>(sourceId).VerifyWeCom(new WeComCallback(signature, timestamp, nonce, echostr?.Replace(' ', '+'), []));
        if (echo is null) return UnknownSource(sourceId);
        return echo.Length > 0
            ? TypedResults.Text(echo, "text/plain", System.Text.Encoding.UTF8)
            : TypedResults.Problem(statusCode: 403, title: "Verification failed", detail: "The signature, timestamp or echostr did not verify.");
    }

    /// <summary>
    /// One encrypted WeCom event. Every callback that reaches its WeCom source is answered 200 with an
    /// empty body, refused ones too (they apply nothing and are counted with their reason): WeCom
    /// retries anything but a 200, and a refused callback would be refused again. Only an unknown
    /// source is a 404, a body over <see cref="MaxWeComBytes"/> a 413, and a failure to apply a 500,
    /// which WeCom retries (the event's id is remembered only after it applied).
    /// </summary>
    public static async Task<Results<ContentHttpResult, ProblemHttpResult>> PostWeCom(string sourceId,
        [FromQuery(Name = "msg_signature")] string? signature, string? timestamp, string? nonce, HttpRequest request, IGrainFactory grains)
    {
        using var body = await BodyReader.RentAsync(request, MaxWeComBytes);
        if (body is null)
            return TypedResults.Problem(statusCode: 413, title: "Request too large", detail: $"The body must be at most {MaxWeComBytes} bytes.");
        var verdict = await grains.GetGrain<ISourceGrain>(sourceId).ReceiveWeCom(new WeComCallback(signature, timestamp, nonce, null, body.Memory.ToArray()));
        return verdict is null ? UnknownSource(sourceId) : TypedResults.Text("", "text/plain", System.Text.Encoding.UTF8);
    }

    /// <summary>
    /// Registers the WeCom corp's customer groups in the launch (groupchat/list, then groupchat/get
    /// for each): a group already linked to a chat keeps its id and gets the chat's name and owner;
    /// an unlinked chat becomes a new group <c>wc-{chat id}</c> linked to it. Every imported group's
    /// member list is then handed to its group as a resync (the board's member_mismatch check), and
    /// the source is mapped into the launch if it was not.
    /// </summary>
    public static async Task<Results<Ok<WeComImportResult>, ProblemHttpResult>> ImportWeComGroups(
        string launchId, string sourceId, IGrainFactory grains, IWeComApi wecom, CatalogCache catalogs, TimeProvider clock, CancellationToken ct)
    {
        var launch = grains.GetGrain<ILaunchGrain>(launchId);
        if (await launch.GetCatalog() is null) return ApiProblems.UnknownLaunch(launchId);
        var source = grains.GetGrain<ISourceGrain>(sourceId);
        if (await source.GetDefinition() is not { } definition) return UnknownSource(sourceId);
        if (definition.Kind != SourceKind.Wecom)
            return ApiProblems.Validation(new Dictionary<string, string[]> { ["sourceId"] = [$"source '{sourceId}' is a {definition.Kind.WireName()} source; only wecom sources have groups to import"] }, title: "Nothing was imported");

        List<WeComGroupChat> chats = [];
        try
        {
            foreach (var chatId in await wecom.ListGroupChats(definition, ct))
                if (await wecom.GetGroupChat(definition, chatId, ct) is { } chat) chats.Add(chat);
        }
        catch (Exception ex) when (ex is WeComApiException or HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
        {
            var code = ex is WeComApiException w ? w.ErrCode : -1;
            return TypedResults.Problem(statusCode: 502, title: "WeCom did not answer",
                detail: $"WeCom's API failed (errcode {code}); nothing was imported.", extensions: new Dictionary<string, object?> { ["errcode"] = code });
        }

        var existing = await launch.GetGroups();
        var byChat = existing.Where(g => GroupLinks.Of(g, GroupLinks.WeCom) is not null)
            .GroupBy(g => GroupLinks.Of(g, GroupLinks.WeCom)!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var registrations = new List<GroupRegistration>();
        int created = 0, updated = 0;
        foreach (var chat in chats)
        {
            var name = string.IsNullOrWhiteSpace(chat.Name) ? chat.ChatId : chat.Name.Trim();
            if (name.Length > GroupValidator.MaxNameLength) name = name[..GroupValidator.MaxNameLength];
            if (byChat.TryGetValue(chat.ChatId, out var linked))
            {
                registrations.Add(linked with { Name = name, Owner = chat.Owner ?? linked.Owner });
                updated++;
            }
            else
            {
                registrations.Add(new GroupRegistration
                {
                    Id = WeComGroupId(chat.ChatId),
                    Name = name,
                    Owner = chat.Owner,
                    MemberCount = chat.Members.Count,
                    Links = new Dictionary<string, string>(StringComparer.Ordinal) { [GroupLinks.WeCom] = chat.ChatId },
                });
                created++;
            }
        }
        if (registrations.Count > 0)
        {
            await launch.RegisterGroups(registrations);
            catalogs.Invalidate(launchId);
        }
        if (await source.GetMapping(launchId) is null)
            await source.Map(new SourceMapping { LaunchId = launchId, Skus = new Dictionary<string, string>(StringComparer.Ordinal) });
        var now = clock.GetUtcNow();
        foreach (var (chat, g) in chats.Zip(registrations))
            await grains.GetGrain<IGroupGrain>(GroupKey.Of(launchId, g.Id)).ResyncMembers(chat.Members.Count, now, chat.Members);
        return TypedResults.Ok(new WeComImportResult(chats.Count, created, updated, registrations.Select(g => g.Id).ToList()));
    }

    /// <summary>A chat id as a group id: WeCom's ids are letters, digits, '-' and '_' (kept), at most 64 characters with the prefix.</summary>
    public static string WeComGroupId(string chatId)
    {
        var plain = new string(chatId.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '_').ToArray());
        return "wc-" + (plain.Length > 61 ? plain[..61] : plain);
    }

    private static ProblemHttpResult UnknownSource(string sourceId) =>
        TypedResults.Problem(statusCode: 404, title: "Unknown source", detail: $"There is no source '{sourceId}'.");
}
