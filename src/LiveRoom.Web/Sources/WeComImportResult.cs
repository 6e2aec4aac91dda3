namespace LiveRoom.Web.Sources;

/// <summary>What <c>POST /api/launches/{id}/sources/{sourceId}/import-groups</c> did: chats read from WeCom, groups created and updated, their ids.</summary>
public sealed record WeComImportResult(int Chats, int Created, int Updated, IReadOnlyList<string> Groups);
