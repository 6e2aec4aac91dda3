using System.Security.Cryptography;
using System.Text.Json.Serialization;
using System.Text.Json;

namespace LiveRoom.Domain.Playbooks;

/// <summary>
/// A stable hash of a plan (steps, conditions decided, targets, per-group texts). The preview
/// hands it out and the confirmation sends it back, so a confirmation runs only the plan the
/// handler saw: groups registered or texts edited in between change the hash and the trigger is
/// refused with the fresh preview instead of sending something nobody approved.
/// </summary>
public static class PlanFingerprint
{
    // Fixed options, not the host's: the hash must not change with a web serializer setting.
    private static readonly JsonSerializerOptions Canonical = new() { Converters = { new JsonStringEnumConverter() } };

    public static string Of(IReadOnlyList<PlannedStep> plan) =>
        Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(plan, Canonical)))[..32];
}
