using System.Net;
using System.Text;

namespace LiveRoom.Browser.Tests;

/// <summary>
/// A shop's sale page on its own origin (another loopback port), served for real: Chromium only
/// lets a page load scripts from loopback when the page itself came from a loopback server.
/// </summary>
public sealed class SalePageServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly string _html;

    public SalePageServer(string html)
    {
        _html = html;
        var port = FreePort.Next();
        Origin = $"http://127.0.0.1:{port}";
        _listener.Prefixes.Add(Origin + "/");
        _listener.Start();
        _ = ServeAsync();
    }

    public string Origin { get; }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception) when (!_listener.IsListening)
            {
                return;
            }
            var body = Encoding.UTF8.GetBytes(_html);
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.OutputStream.WriteAsync(body);
            context.Response.Close();
        }
    }


    public void Dispose() => _listener.Close();
}
