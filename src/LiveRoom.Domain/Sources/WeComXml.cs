using System.Xml;
using System.Xml.Linq;

namespace LiveRoom.Domain.Sources;

/// <summary>
/// The one way WeCom's XML is read: DTDs prohibited (no entity expansion, no external fetches),
/// no resolver, a character limit, comments and processing instructions skipped. WeCom's envelopes
/// and events are small flat documents, so anything else is refused rather than tolerated.
/// </summary>
public static class WeComXml
{
    /// <summary>A change_external_chat event is well under 2 KB; 64 K characters also bounds a full member list.</summary>
    public const int MaxCharacters = 64 * 1024;

    /// <summary>The root element, or null with the reason (malformed, a DTD, too large, not &lt;xml&gt;).</summary>
    public static XElement? Root(string xml, out string? error)
    {
        error = null;
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = MaxCharacters,
            MaxCharactersFromEntities = 0,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
        };
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), settings);
            var root = XDocument.Load(reader).Root;
            if (root is null || root.Name.LocalName != "xml")
            {
                error = "the root element is not <xml>";
                return null;
            }
            return root;
        }
        catch (XmlException ex)
        {
            error = ex.Message;
            return null;
        }
    }

    /// <summary>A child element's text (CDATA or plain), trimmed; null when absent or longer than <paramref name="max"/>.</summary>
    public static string? Text(XElement root, string name, int max = 256)
    {
        var value = root.Element(name)?.Value.Trim();
        return value is not null && value.Length <= max ? value : null;
    }
}
