using LiveRoom.Domain.Launches;

namespace LiveRoom.Web.Launches;

public readonly record struct RowSummary(int Members, int Silent, int Alerts);
