using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Ahx1X.Studio.Web;

/// <summary>Builds a page from interpolated strings whose holes are HTML-encoded, unless a hole is <see cref="RawHtml"/>: markup from data cannot slip in.</summary>
internal sealed class HtmlWriter
{
    /// <summary>Encodes markup characters only: Chinese text stays as it is written, not as character references.</summary>
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private readonly StringBuilder _text = new();

    /// <summary>Appends markup; every hole is encoded.</summary>
    public HtmlWriter Add([InterpolatedStringHandlerArgument("")] ref HtmlHandler html)
    {
        _ = html;
        return this;
    }

    /// <summary>Appends text that is already markup, such as another writer's.</summary>
    public HtmlWriter Add(RawHtml html)
    {
        _text.Append(html.Value);
        return this;
    }

    /// <summary>Returns what was written as markup for a hole.</summary>
    public RawHtml ToRaw() => new(_text.ToString());

    /// <inheritdoc/>
    public override string ToString() => _text.ToString();

    internal void Literal(string text) => _text.Append(text);

    internal void Encoded(string? text) => _text.Append(Encoder.Encode(text ?? ""));
}

/// <summary>Markup that a hole of <see cref="HtmlHandler"/> writes as it is.</summary>
/// <param name="Value">The markup.</param>
internal readonly record struct RawHtml(string Value);

/// <summary>Encodes the holes of an interpolated string for <see cref="HtmlWriter"/>.</summary>
[InterpolatedStringHandler]
internal readonly ref struct HtmlHandler
{
    private readonly HtmlWriter _writer;

    public HtmlHandler(int literalLength, int formattedCount, HtmlWriter writer)
    {
        _ = literalLength;
        _ = formattedCount;
        _writer = writer;
    }

    public void AppendLiteral(string text) => _writer.Literal(text);

    public void AppendFormatted<T>(T value)
    {
        if (value is RawHtml raw)
        {
            _writer.Literal(raw.Value);
        }
        else
        {
            _writer.Encoded(Convert.ToString(value, CultureInfo.InvariantCulture));
        }
    }

    public void AppendFormatted<T>(T value, string? format)
        where T : IFormattable => _writer.Encoded(value.ToString(format, CultureInfo.InvariantCulture));
}
