namespace LiveRoom.LoadTests.Client;

/// <summary>
/// The server already has a launch with this id (409): a run cannot reuse one, since its truth
/// starts from zero. `run` turns this into exit 1 with the way out.
/// </summary>
public sealed class LaunchExistsException(string launchId)
    : InvalidOperationException($"launch '{launchId}' already exists on the server (409); a run needs a new launch: give another --launch id, or leave --launch out for a fresh run-<label>-<time> id")
{
    public string LaunchId => launchId;
}
