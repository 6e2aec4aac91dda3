namespace LiveRoom.Domain.Sources;

/// <summary>What a platform's message type means for a sale, whatever the platform calls it.</summary>
public enum MessageMeaning { Unknown, Ignored, Paid, Cancelled, Refunded }
