using LiveRoom.Domain.Shared;

namespace LiveRoom.Domain.Setup;

/// <summary>
/// Field path → messages, in the shape of RFC 7807 validation problem details. A message is English
/// (what the HTTP API answers) and, when the validator gave one, also a code and arguments
/// (<see cref="ValidationCodes"/>) so the dashboard's forms show it in the reader's language.
/// </summary>
public sealed class ValidationErrors
{
    private readonly Dictionary<string, List<(string Message, ServerText? Text)>> _errors = new(StringComparer.Ordinal);

    public bool IsValid => _errors.Count == 0;

    public void Add(string field, string message) => Add(field, message, null);

    public void Add(string field, string message, ServerText? text)
    {
        if (!_errors.TryGetValue(field, out var list)) _errors[field] = list = [];
        list.Add((message, text));
    }

    public void Required(string field) => Add(field, "is required", ServerText.Of(ValidationCodes.Required));

    public void MaxLength(string field, int max) => Add(field, $"must be at most {max} characters", ServerText.Of(ValidationCodes.MaxLength, ("max", max)));

    public void NotNegative(string field) => Add(field, "must not be negative", ServerText.Of(ValidationCodes.NotNegative));

    /// <summary>Every message with its field, and its text when it has one.</summary>
    public IEnumerable<(string Field, string Message, ServerText? Text)> Entries =>
        _errors.SelectMany(e => e.Value.Select(m => (e.Key, m.Message, m.Text)));

    /// <summary>The English messages (the HTTP API's problem details).</summary>
    public IDictionary<string, string[]> ToDictionary() => _errors.ToDictionary(e => e.Key, e => e.Value.Select(m => m.Message).ToArray());

    /// <summary>The messages in a reader's language: <paramref name="render"/> gets each text and its English message as the fallback.</summary>
    public IDictionary<string, string[]> ToDictionary(Func<ServerText?, string?, string> render) =>
        _errors.ToDictionary(e => e.Key, e => e.Value.Select(m => m.Text is null ? m.Message : render(m.Text, m.Message)).ToArray());

    public override string ToString() => string.Join("; ", _errors.Select(e => $"{e.Key}: {string.Join(", ", e.Value.Select(m => m.Message))}"));
}
