using System.CommandLine;

namespace Ahx1X.Demo.Commands;

/// <summary>The <c>--output FILE</c> option of the commands that write workbooks, and the writing itself.</summary>
internal static class WorkbookOutput
{
    /// <summary>Creates the <c>--output FILE</c> option; <paramref name="what"/> says what goes there.</summary>
    public static Option<FileInfo?> CreateOption(string what) => new("--output")
    {
        HelpName = "FILE",
        Description = what,
    };

    /// <summary>Writes <paramref name="file"/> with <paramref name="write"/>; on failure prints one line naming the file and returns false.</summary>
    public static bool TryWrite(FileInfo file, Action<Stream> write, TextWriter error)
    {
        try
        {
            using var stream = new FileStream(file.FullName, FileMode.Create, FileAccess.ReadWrite, FileShare.None);
            write(stream);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            error.WriteLine($"ahx1x: the workbook {file.FullName} cannot be written: {Guard.Sentence(ex.Message)} "
                + "Give a file in an existing, writable folder with room; anything already written to it is incomplete.");
            return false;
        }
    }

    /// <summary>Reports <c>--format xlsx</c> given without <c>--output</c>, or <c>--output</c> without it, before anything is read; true when so.</summary>
    public static bool Missing(string? format, FileInfo? output, TextWriter error)
    {
        var problem = (format == "xlsx", output is not null) switch
        {
            (true, false) => "--format xlsx writes a workbook: give the file with --output FILE.xlsx.",
            (false, true) => "--output FILE is where --format xlsx writes its workbook; add --format xlsx, or leave --output out.",
            _ => null,
        };
        if (problem is not null)
        {
            error.WriteLine($"ahx1x: {problem}");
        }

        return problem is not null;
    }

    /// <summary>Writes the verdicts' workbook and says where; returns exit code 2 when it cannot be written, else null (the verdicts decide).</summary>
    public static int? Verdicts(FileInfo file, IReadOnlyList<Output.Verdict> verdicts, IReadOnlyList<Output.Refusal> refusals, Spectre.Console.IAnsiConsole console, TextWriter error)
    {
        if (!TryWrite(file, stream => Output.XlsxReport.WriteVerdicts(stream, verdicts, refusals), error))
        {
            return ExitCodes.BadInput;
        }

        console.Profile.Out.Writer.WriteLine($"{file.FullName}: {verdicts.Count} record(s) judged, {verdicts.Sum(v => v.Result.Findings.Count)} finding(s), {refusals.Count} refused");
        return null;
    }
}
