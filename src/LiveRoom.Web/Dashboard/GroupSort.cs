using LiveRoom.Domain.Board;
using LiveRoom.Domain.Groups;

namespace LiveRoom.Web.Dashboard;

public enum GroupSort
{
    Orders,
    UniqueVisitors,
    PageViews,
    Gmv,
    Signups,
    Members,
    LastActivity,
    Name,
}
