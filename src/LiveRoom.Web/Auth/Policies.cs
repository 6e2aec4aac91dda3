namespace LiveRoom.Web.Auth;

/// <summary>Authorization policies. Viewers watch; only operators and admins change anything.</summary>
public static class Policies
{
    public const string Operate = "operate";
}
