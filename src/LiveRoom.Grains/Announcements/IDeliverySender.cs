using System.Net.Http.Headers;
using System.Net;
using System.Text.Json;
using LiveRoom.Domain.Announcements;
using LiveRoom.Domain.Ingestion;
using Microsoft.Extensions.Options;

namespace LiveRoom.Grains.Announcements;

public interface IDeliverySender
{
    Task<SendOutcome> Send(OutboundMessage message, CancellationToken cancellationToken);
}
