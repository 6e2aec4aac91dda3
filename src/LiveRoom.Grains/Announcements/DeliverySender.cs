using System.Net.Http.Headers;
using System.Net;
using System.Text.Json;
using LiveRoom.Domain.Ingestion;
using Microsoft.Extensions.Options;

namespace LiveRoom.Grains.Announcements;

/// <summary>The result of one attempt: sent, or why not and whether trying again can help.</summary>
public sealed record SendOutcome(bool Sent, string? Error = null, bool Permanent = false, TimeSpan? RetryAfter = null)
{
    public static readonly SendOutcome Ok = new(true);
}
