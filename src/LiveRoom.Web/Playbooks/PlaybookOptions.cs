namespace LiveRoom.Web.Playbooks;

/// <summary>LiveRoom:Playbooks. The folder is read at startup; the admin editor writes back into it.</summary>
public sealed class PlaybookOptions
{
    public const string Section = "LiveRoom:Playbooks";

    /// <summary>Absolute, or relative to the content root; default the library shipped with the app.</summary>
    public string Folder { get; set; } = Path.Combine("Playbooks", "Library");
}
