using LiveRoom.Domain.Groups;
using LiveRoom.Domain.Playbooks;

namespace LiveRoom.Web.Playbooks;

public sealed record IncidentPatch(Grains.Abstractions.IncidentStatus? Status, string? Owner, string? Note);
