using System.Security.Cryptography;
using System.Text;

namespace LiveRoom.Domain.Ingestion;

public static class IngestScopes
{
    public static bool Allows(this IngestScope scope, EventKind kind) => scope switch
    {
        IngestScope.PageViewsOnly => kind is EventKind.PageView or EventKind.PageError,
        IngestScope.GroupBot => kind is EventKind.MemberJoined or EventKind.MemberLeft or EventKind.ChatMessage,
        _ => true,
    };

    public static string Refusal(this IngestScope scope) => scope == IngestScope.GroupBot
        ? "the group-bot webhook accepts member_joined, member_left and chat_message events only"
        : "the beacon key accepts page_view and page_error events only";
}
