namespace LiveRoom.Domain.Chat;

/// <summary>
/// A person's role in a group, from its registration: who posted a chat message, and who a cue is
/// addressed to (never <see cref="Member"/>). One enum for both so a cue target is the same role the
/// chat knows. The numbers are stored (chat state), so a new role goes at the end.
/// </summary>
public enum ChatRole
{
    Member,
    SeededMember,
    Assistant,
    Owner,
}

public static class ChatRoles
{
    /// <summary>Staff answer questions; their own questions (引关注) are not waiting for an answer.</summary>
    public static bool IsStaff(this ChatRole role) => role != ChatRole.Member;
}
