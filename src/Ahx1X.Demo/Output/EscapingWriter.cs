using System.Text;

namespace Ahx1X.Demo.Output;

/// <summary>
/// Writes to another writer with every unsafe character escaped (see <see cref="Printable"/>),
/// line breaks included: only <c>WriteLine</c> ends a line. Standard error goes through it, so
/// whatever a problem message quotes (an unknown member named with CR LF, an ESC sequence), each
/// problem stays one line and no line can be forged.
/// </summary>
internal sealed class EscapingWriter(TextWriter inner) : TextWriter
{
    public override Encoding Encoding => inner.Encoding;

    public override IFormatProvider FormatProvider => inner.FormatProvider;

    public override void Write(char value) => inner.Write(Printable.Escape(value.ToString()));

    public override void Write(string? value) => inner.Write(Printable.Escape(value));

    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

    public override void Write(ReadOnlySpan<char> buffer) => Write(new string(buffer));

    public override void WriteLine() => inner.WriteLine();

    public override void WriteLine(string? value)
    {
        Write(value);
        inner.WriteLine();
    }

    public override void WriteLine(ReadOnlySpan<char> buffer) => WriteLine(new string(buffer));

    public override void WriteLine(char[] buffer, int index, int count) => WriteLine(new string(buffer, index, count));

    public override void Flush() => inner.Flush();
}
