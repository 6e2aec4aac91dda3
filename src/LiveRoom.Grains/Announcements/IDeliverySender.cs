using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using LiveRoom.Domain.Delivery;
using LiveRoom.Domain.Ingestion;
using Microsoft.Extensions.Options;

namespace LiveRoom.Grains.Announcements;

public interface IDeliverySender
{
    Task<SendOutcome> Send(OutboundMessage message, CancellationToken cancellationToken);
}
