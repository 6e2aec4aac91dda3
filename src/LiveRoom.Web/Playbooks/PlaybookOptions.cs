namespace LiveRoom.Web.Playbooks;

/// <summary>LiveRoom:Playbooks. The folder is read at startup; the admin editor writes back into it.</summary>
public sealed class PlaybookOptions
{
    public const string Section = "LiveRoom:Playbooks";

    /// <summary>Absolute, or relative to the content root; default the library shipped with the app.</summary>
    public string Folder { get; set; } = Path.Combine("Playbooks", "Library");

    /// <summary>LiveRoom:Playbooks:PageErrors: when beacon page errors bring up the page_error playbooks.</summary>
    public Domain.Playbooks.PageErrorRule PageErrors { get; set; } = new();
}
