using System.CommandLine;

namespace LiveRoom.LoadTests.Commands;

/// <summary>Options both commands share: where LiveRoom is, or how to start it.</summary>
public sealed class CommonOptions
{
    // System.CommandLine has no built-in Uri conversion: without this parser every --target failed.
    public Option<Uri?> Target { get; } = new("--target")
    {
        Description = "A running LiveRoom (e.g. http://127.0.0.1:5000/); default: start one from the Release build",
        CustomParser = ParseTarget,
    };
    public Option<string> User { get; } = new("--user") { Description = "Login with --target", DefaultValueFactory = _ => "bench" };
    public Option<string?> Password { get; } = new("--password") { Description = "Password with --target" };
    public Option<string?> ServerDll { get; } = new("--server-dll") { Description = "LiveRoom.Web.dll to start (default: src/LiveRoom.Web/bin/Release/net10.0)" };
    public Option<string[]> ServerEnv { get; } = new("--server-env") { Description = "NAME=VALUE environment for the started server (repeatable), e.g. DOTNET_gcServer=0", AllowMultipleArgumentsPerToken = false };

    public void AddTo(Command command)
    {
        command.Options.Add(Target);
        command.Options.Add(User);
        command.Options.Add(Password);
        command.Options.Add(ServerDll);
        command.Options.Add(ServerEnv);
    }

    public Dictionary<string, string> Environment(ParseResult parse) =>
        (parse.GetValue(ServerEnv) ?? []).Select(e => e.Split('=', 2)).Where(p => p.Length == 2).ToDictionary(p => p[0], p => p[1]);

    public Task<ServerSession> OpenAsync(ParseResult parse, string logPath, CancellationToken ct) =>
        ServerSession.OpenAsync(parse.GetValue(Target), parse.GetValue(User), parse.GetValue(Password), parse.GetValue(ServerDll),
            Environment(parse), logPath, ct);

    private static Uri? ParseTarget(System.CommandLine.Parsing.ArgumentResult result)
    {
        var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
            // A base address must end with '/' or relative API paths replace its last segment.
            return uri.AbsoluteUri.EndsWith('/') ? uri : new Uri(uri.AbsoluteUri + "/");
        result.AddError($"--target: '{text}' is not an http(s) URL");
        return null;
    }
}
