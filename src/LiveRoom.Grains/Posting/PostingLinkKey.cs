namespace LiveRoom.Grains.Posting;

/// <summary>
/// Posting links resolve through the same hash-keyed link grain as the cue member links
/// (<see cref="Cues.IMemberLinkGrain"/>), under a prefix of their own: a posting token never opens
/// a member page and a member token never opens a posting page.
/// </summary>
public static class PostingLinkKey
{
    public static string Of(string tokenHash) => "post/" + tokenHash;
}
