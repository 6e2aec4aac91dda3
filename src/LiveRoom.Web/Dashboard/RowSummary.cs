using LiveRoom.Domain.Aggregation;
using LiveRoom.Domain.Board;
using LiveRoom.Domain.Launches;

namespace LiveRoom.Web.Dashboard;

public readonly record struct RowSummary(int Members, int Silent, int Alerts);
