namespace LiveRoom.Web.Cues;

/// <summary>
/// The tail of a member's cue action URL, "{cueId}/{action}" (ack or done); read only here. Cue
/// ids contain slashes (<see cref="Domain.Cues.CueId"/>), so the action is the last segment and the
/// cue id everything before it, kept as the opaque string the cue book knows.
/// </summary>
public readonly record struct CueActionPath(string CueId, string Action)
{
    public static CueActionPath Parse(string path)
    {
        var slash = path.LastIndexOf('/');
        return slash < 0 ? new(path, "") : new(path[..slash], path[(slash + 1)..]);
    }
}
