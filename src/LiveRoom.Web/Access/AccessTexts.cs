namespace LiveRoom.Web.Access;

/// <summary>The access feature's dashboard texts (zh-CN, en); <see cref="Shared.UiText"/> joins every feature's list.</summary>
internal static class AccessTexts
{
    public static Dictionary<string, (string Zh, string En)> Strings => new()
    {
        ["acc.setup.title"] = ("首次运行：创建管理员", "First run: create the admin"),
        ["acc.setup.hint"] = ("此链接打印在服务器控制台，仅在尚无任何用户时有效。", "This link was printed on the server console and works only while no user exists."),
        ["acc.setup.submit"] = ("创建管理员并登录", "Create admin and log in"),
        ["acc.setup.invalid"] = ("用户名须为 1–64 个字母、数字或 - _ . @，密码至少 8 位。", "User name: 1–64 letters, digits or - _ . @; password: at least 8 characters."),
        ["acc.setup.refused"] = ("链接无效，或已有用户（首次设置只能进行一次）。", "Invalid link, or users already exist (first-run setup happens once)."),
        ["acc.throttled"] = ("登录失败次数过多，请稍后再试。", "Too many failed logins; try again later."),
        ["acc.denied"] = ("你的角色无权访问此页面。", "Your role may not open this page."),
        ["acc.nav"] = ("用户管理", "Users"),
        ["acc.title"] = ("用户与角色", "Users and roles"),
        ["acc.name"] = ("用户名", "User name"),
        ["acc.role"] = ("角色", "Role"),
        ["acc.status"] = ("状态", "Status"),
        ["acc.createdBy"] = ("创建者", "Created by"),
        ["acc.active"] = ("启用", "Active"),
        ["acc.disabled"] = ("已停用", "Disabled"),
        ["acc.disable"] = ("停用", "Disable"),
        ["acc.enable"] = ("启用", "Enable"),
        ["acc.resetPassword"] = ("重置密码", "Reset password"),
        ["acc.newPassword"] = ("新密码", "New password"),
        ["acc.create"] = ("新建用户", "Create user"),
        ["acc.created"] = ("已创建用户 {0}", "Created user {0}"),
        ["acc.changed"] = ("已更新用户 {0}", "Updated user {0}"),
        ["acc.exists"] = ("用户 {0} 已存在。", "A user {0} already exists."),
        ["acc.securityLog"] = ("安全日志（登录失败、越权访问、用户变更）", "Security log (failed logins, refusals, user changes)"),
        ["acc.when"] = ("时间", "When"),
        ["acc.who"] = ("用户", "Who"),
        ["acc.what"] = ("事件", "What"),
        ["role.Viewer"] = ("观察员（只读）", "Viewer (read only)"),
        ["role.Operator"] = ("操盘手", "Operator"),
        ["role.CrisisHandler"] = ("危机处理", "Crisis handler"),
        ["role.Admin"] = ("管理员", "Admin"),
        ["pb.suggest.readOnly"] = ("仅危机处理或管理员可运行", "Only a crisis handler or admin can run it"),
        ["edit.revoke"] = ("吊销密钥", "Revoke keys"),
        ["edit.revokeConfirm"] = ("确认吊销（接入将被拒绝，直到轮换）", "Confirm revoke (ingestion refused until rotated)"),
        ["edit.revoked"] = ("已吊销", "Revoked"),
    };
}
