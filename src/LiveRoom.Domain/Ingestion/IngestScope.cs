using System.Security.Cryptography;
using System.Text;

namespace LiveRoom.Domain.Ingestion;

public enum IngestScope
{
    All,
    /// <summary>The sale-page beacon: page views and page errors.</summary>
    PageViewsOnly,
    /// <summary>The signed group-bot webhook: membership and chat.</summary>
    GroupBot,
}
