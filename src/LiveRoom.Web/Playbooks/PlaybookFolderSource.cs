using LiveRoom.Domain.Playbooks;
using Microsoft.Extensions.Options;

namespace LiveRoom.Web.Playbooks;

/// <summary>The folder this node seeds the library from (LiveRoom:Playbooks:Folder under the content root).</summary>
public sealed record PlaybookFolderSource(string Path);
