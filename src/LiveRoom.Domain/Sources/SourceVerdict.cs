namespace LiveRoom.Domain.Sources;

/// <summary>What became of one platform message; each has its counter on the source.</summary>
public enum SourceVerdict
{
    /// <summary>At least one launch took it.</summary>
    Accepted,
    /// <summary>A retry of a message already applied, or an older version of an order than one already applied.</summary>
    Duplicate,
    /// <summary>Genuine, but no open launch maps what it sells.</summary>
    Unmatched,
    /// <summary>A known message type that changes no sale (created, shipped, received…).</summary>
    Ignored,
    /// <summary>Unreadable, of an unknown type, or for another app: nothing applied.</summary>
    Refused,
    /// <summary>The signature did not verify: nothing applied.</summary>
    SignatureFailure,
}
