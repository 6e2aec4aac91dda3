namespace LiveRoom.Web.Access;

/// <summary>
/// Authorization policies. Viewers watch; operators run the launch; crisis handlers also run
/// playbooks; admins also manage users, keys and the playbook library.
/// </summary>
public static class Policies
{
    public const string Operate = "operate";
    public const string HandleCrisis = "handle-crisis";
    public const string Administer = "administer";
}
