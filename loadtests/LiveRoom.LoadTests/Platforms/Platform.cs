namespace LiveRoom.LoadTests.Platforms;

/// <summary>The shop platforms whose pushes `run --via platforms` speaks (docs/sources.md).</summary>
public enum Platform
{
    Youzan,
    Douyin,
}
