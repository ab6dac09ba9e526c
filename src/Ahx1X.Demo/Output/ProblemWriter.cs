using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Ahx1X.Rules.Diagnostics;

namespace Ahx1X.Demo.Output;

/// <summary>
/// Standard error for every command. As text, each problem is one escaped line,
/// <c>ahx1x: file:line:column: CODE …</c>. With <c>--format json</c> (<see cref="Json"/>), each
/// line is one JSON object instead, with code, file, line, column, path, subject and message:
/// exact for a <see cref="Problem"/> written with <see cref="Write(TextWriter, Problem, Func{string, string}?)"/>, read
/// back from the line's <c>file:line:column: CODE</c> form for the others, and with a null code
/// for a line that names no problem.
/// </summary>
internal sealed partial class ProblemWriter(TextWriter output) : TextWriter
{
    private const string Prefix = "ahx1x: ";

    private readonly StringBuilder _line = new();

    private readonly TextWriter _inner = output;

    /// <summary>Gets or sets whether problems are written as JSON objects, one a line.</summary>
    public bool Json { get; set; }

    public override Encoding Encoding => _inner.Encoding;

    public override IFormatProvider FormatProvider => _inner.FormatProvider;

    /// <summary>Writes <paramref name="problem"/> to <paramref name="error"/>: as an exact JSON object when it is a <see cref="ProblemWriter"/> in JSON mode, otherwise as its line.</summary>
    /// <param name="error">Standard error.</param>
    /// <param name="problem">The problem.</param>
    /// <param name="shorten">Shortens the file's name (to a path relative to the working folder); null to name it as the problem does.</param>
    public static void Write(TextWriter error, Problem problem, Func<string, string>? shorten = null)
    {
        if (error is ProblemWriter { Json: true } writer)
        {
            writer._inner.WriteLine(MachineJson.Line(MachineJson.Of(problem, shorten)));
        }
        else
        {
            error.WriteLine(Prefix + (shorten is null ? problem.ToString() : shorten(problem.ToString())));
        }
    }

    // Only WriteLine ends a line: a line break inside a message stays in it, for the escaping writer below to show.
    public override void Write(char value) => _line.Append(value);

    public override void Write(string? value) => _line.Append(value);

    public override void WriteLine()
    {
        var line = _line.ToString();
        _line.Clear();
        _inner.WriteLine(Json ? MachineJson.Line(Parse(line)) : line);
    }

    public override void WriteLine(string? value)
    {
        Write(value);
        WriteLine();
    }

    public override void Flush()
    {
        _inner.Flush();
    }

    /// <summary>Reads a line back into a problem object: <c>ahx1x: file:line:column: CODE [subject] $.path: message</c>, parts of which may be absent.</summary>
    internal static JsonObject Parse(string line)
    {
        var text = line.StartsWith(Prefix, StringComparison.Ordinal) ? line[Prefix.Length..] : line;
        if (ProblemLine().Match(text) is { Success: true } m)
        {
            return new JsonObject
            {
                ["code"] = m.Groups["code"].Value,
                ["file"] = m.Groups["file"].Value,
                ["line"] = m.Groups["line"].Success ? int.Parse(m.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture) : 0,
                ["column"] = m.Groups["column"].Success ? int.Parse(m.Groups["column"].Value, System.Globalization.CultureInfo.InvariantCulture) : 0,
                ["path"] = m.Groups["path"].Success ? m.Groups["path"].Value : "",
                ["subject"] = m.Groups["subject"].Success ? m.Groups["subject"].Value : null,
                ["message"] = m.Groups["message"].Value,
            };
        }

        return new JsonObject { ["code"] = null, ["file"] = null, ["line"] = 0, ["column"] = 0, ["path"] = "", ["subject"] = null, ["message"] = text };
    }

    [GeneratedRegex(@"^(?<file>[^\r\n]*?)(?::(?<line>\d+):(?<column>\d+))?: (?<code>AHX\d{4})(?: \[(?<subject>[^\]]*)\])?(?: (?<path>\$\S*):)? (?<message>.*)$")]
    private static partial Regex ProblemLine();
}
