using System.Globalization;

namespace LiveRoom.Grains.Groups;

/// <summary>
/// A journal entry's id, "{seq}/{tag}": the batch number plus the writing activation's tag (see
/// <see cref="JournalEntry"/>); built and read only here. The tag is whatever follows the first slash.
/// </summary>
public readonly record struct JournalEntryId(long Seq, string Tag)
{
    public static string Of(long seq, string tag) => new JournalEntryId(seq, tag).ToString();

    public static JournalEntryId Parse(string id)
    {
        var slash = id.IndexOf('/');
        if (slash <= 0 || !long.TryParse(id.AsSpan(0, slash), NumberStyles.None, CultureInfo.InvariantCulture, out var seq))
            throw new FormatException($"'{id}' is not a journal entry id (seq/tag)");
        return new(seq, id[(slash + 1)..]);
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Seq}/{Tag}");
}
