namespace LiveRoom.Domain.Chat;

/// <summary>Who posted a chat message, as far as the launch knows (from the group's registration).</summary>
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
