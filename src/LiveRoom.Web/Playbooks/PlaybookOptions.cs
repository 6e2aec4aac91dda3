namespace LiveRoom.Web.Playbooks;

/// <summary>LiveRoom:Playbooks. The folder seeds the cluster's library at startup; admin edits live in the library grain, not in the folder.</summary>
public sealed class PlaybookOptions
{
    public const string Section = "LiveRoom:Playbooks";

    /// <summary>Absolute, or relative to the content root; default the library shipped with the app.</summary>
    public string Folder { get; set; } = Path.Combine("Playbooks", "Library");

    /// <summary>How often a node asks the library grain for its version, so an edit on another node is used within this time.</summary>
    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>LiveRoom:Playbooks:PageErrors: when beacon page errors bring up the page_error playbooks.</summary>
    public Domain.Playbooks.PageErrorRule PageErrors { get; set; } = new();
}
