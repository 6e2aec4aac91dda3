using LiveRoom.Domain.Groups;
using LiveRoom.Domain.Playbooks;

namespace LiveRoom.Web.Playbooks;

public sealed record PlaybookSourceBody(string? Source);
