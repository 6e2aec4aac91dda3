namespace LiveRoom.LoadTests.Load;

/// <summary>Writes the body for request number <c>seq</c> into a buffer; returns (bytes, events).</summary>
public delegate (int Length, int Events) BodyFactory(byte[] buffer, long seq);
