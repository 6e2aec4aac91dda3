using LiveRoom.Domain.Groups;

namespace LiveRoom.Web.Launches;

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
