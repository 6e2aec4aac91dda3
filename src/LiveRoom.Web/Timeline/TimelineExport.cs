using System.Buffers;
using System.Globalization;
using System.Text.Json;
using System.Text;
using CsvHelper;
using LiveRoom.Domain.Timeline;
using LiveRoom.Grains.Timeline;
using LiveRoom.Web.Hosting;
using LiveRoom.Web.Shared;

namespace LiveRoom.Web.Timeline;

/// <summary>
/// Writes a whole timeline to a response page by page (1,000 entries per grain call), so an
/// export of a long launch never holds it all in memory.
/// </summary>
public static class TimelineExport
{
    public const int PageSize = 1000;

    public static async IAsyncEnumerable<TimelineEntry> ReadAllAsync(ILaunchTimelineGrain timeline, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct = default)
    {
        long from = 0;
        while (!ct.IsCancellationRequested)
        {
            var page = await timeline.Read(from, PageSize);
            foreach (var e in page.Entries) yield return e;
            if (page.Entries.Count == 0 || page.Next >= page.Total) yield break;
            from = page.Next;
        }
    }

    /// <summary>The columns, oldest first: <c>summary</c> in the reader's language, <c>action</c> and <c>args</c> (JSON) for machines.</summary>
    public static readonly string[] Columns = ["sequence", "at", "kind", "actor", "action", "summary", "args", "groupIds", "refId"];

    /// <summary>
    /// The spreadsheet file, read by people: <c>at</c> is in the launch's zone, with its offset, so it
    /// reads as the team's clock and still names the same instant (ISO 8601).
    /// </summary>
    public static async Task WriteCsvAsync(Stream body, IAsyncEnumerable<TimelineEntry> entries, CancellationToken ct, string timeZone = "UTC", bool english = false)
    {
        var zone = TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out var tz) ? tz : TimeZoneInfo.Utc;
        // A BOM so that Excel (what operators open a CSV with) reads the Chinese summaries as UTF-8.
        await using var writer = new StreamWriter(body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true);
        // Group names, notes and summaries come from chats and operators: a cell starting with
        // = + - @ tab or CR would run as a formula in Excel, so it gets a leading apostrophe (OWASP).
        var config = new CsvHelper.Configuration.CsvConfiguration(CultureInfo.InvariantCulture) { InjectionOptions = CsvHelper.Configuration.InjectionOptions.Escape };
        await using var csv = new CsvWriter(writer, config);
        foreach (var header in Columns) csv.WriteField(header);
        await csv.NextRecordAsync();
        await foreach (var e in entries.WithCancellation(ct))
        {
            csv.WriteField(e.Sequence);
            csv.WriteField(TimeZoneInfo.ConvertTime(e.At, zone).ToString("O", CultureInfo.InvariantCulture));
            csv.WriteField(e.Kind.ToString());
            csv.WriteField(e.Actor);
            csv.WriteField(e.Action);
            csv.WriteField(Ui.Render(e, english));
            csv.WriteField(e.Args.Count == 0 ? "" : JsonSerializer.Serialize(e.Args));
            csv.WriteField(string.Join(';', e.GroupIds));
            csv.WriteField(e.RefId ?? "");
            await csv.NextRecordAsync();
            if (e.Sequence % PageSize == PageSize - 1) await csv.FlushAsync();
        }
    }

    public static async Task WriteJsonAsync(Stream body, IAsyncEnumerable<TimelineEntry> entries, CancellationToken ct, bool english = false)
    {
        // Into a buffer, then to the response asynchronously: JsonSerializer flushes its writer
        // synchronously, which the server's response stream refuses.
        var buffer = new ArrayBufferWriter<byte>(64 * 1024);
        await using var json = new Utf8JsonWriter(buffer);
        json.WriteStartArray();
        await foreach (var e in entries.WithCancellation(ct))
        {
            JsonSerializer.Serialize(json, Row(e, english), JsonDefaults.Options);
            if (buffer.WrittenCount > 48 * 1024) await DrainAsync();
        }
        json.WriteEndArray();
        await DrainAsync();

        async Task DrainAsync()
        {
            await json.FlushAsync(ct);
            await body.WriteAsync(buffer.WrittenMemory, ct);
            buffer.ResetWrittenCount();
        }
    }

    /// <summary>An entry as the API shows it: the stored fields, with <c>summary</c> rendered in the reader's language.</summary>
    public static object Row(TimelineEntry e, bool english) => new
    {
        e.Sequence, e.At, e.Kind, e.Actor, e.Action, Summary = Ui.Render(e, english), e.Args, e.GroupIds, e.RefId,
    };
}
