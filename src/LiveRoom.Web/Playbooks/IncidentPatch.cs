using LiveRoom.Domain.Groups;
using LiveRoom.Domain.Playbooks;

namespace LiveRoom.Web.Playbooks;

public sealed record IncidentPatch(Grains.Playbooks.IncidentStatus? Status, string? Owner, string? Note);
