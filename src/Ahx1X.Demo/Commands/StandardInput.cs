using Ahx1X.Rules.Diagnostics;
using Ahx1X.Rules.IO;

namespace Ahx1X.Demo.Commands;

/// <summary>
/// <c>-</c> in place of a document: standard input, read once, with the same size bound and
/// UTF-8 check as a document file. Each run says where its standard input is (tests give a
/// stream of their own).
/// </summary>
internal static class StandardInput
{
    /// <summary>The path that names standard input.</summary>
    public const string Path = "-";

    /// <summary>How problems name standard input.</summary>
    public const string Name = "<stdin>";

    private static readonly AsyncLocal<Func<Stream>?> Source = new();

    /// <summary>Sets where this run's standard input comes from.</summary>
    public static void Use(Func<Stream> source) => Source.Value = source;

    /// <summary>Reads all of standard input.</summary>
    /// <exception cref="DocumentException">It is too large, not UTF-8, or cannot be read.</exception>
    public static string Read()
    {
        using var stream = (Source.Value ?? Console.OpenStandardInput)();
        return BoundedFile.Read(stream, DocumentFile.MaxBytes, out var error)
            ?? throw new DocumentException([new Problem(ProblemCodes.Syntax, Name, "", 0, 0, null, error!)]);
    }
}
