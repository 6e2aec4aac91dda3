namespace LiveRoom.Domain.Sources;

/// <summary>
/// The board row for orders whose group cannot be told. Its id starts with '~', which
/// <c>Ids.IsValid</c> refuses, so no operator-registered group can ever be (or be mistaken for) it;
/// it is registered on a launch when the launch maps its first source.
/// </summary>
public static class Unattributed
{
    public const string GroupId = "~unattributed";
    public const string Name = "Unattributed / 未归属";
}
