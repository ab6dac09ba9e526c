using System.IO.Compression;
using Ahx1X.Rules.Diagnostics;

namespace Ahx1X.Rules.Spreadsheets;

/// <summary>
/// Looks at a workbook's zip directory before anything is expanded: too many parts, too large
/// an expanded size or a compression ratio only a zip bomb has are refused by the sizes the
/// directory declares. A directory that lies gains nothing: System.IO.Compression stops a part
/// at its declared size (broken-zip-lying-size.xlsx), and the parser then finds it damaged.
/// </summary>
internal static class ZipCheck
{
    /// <summary>The signature of an OLE compound file: an encrypted (password-protected) workbook, or an old .xls.</summary>
    private static readonly byte[] CompoundFile = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    /// <summary>Returns the problem of <paramref name="stream"/> as a workbook, or null when it may be read.</summary>
    public static Problem? Check(Stream stream, SheetPosition file)
    {
        var head = new byte[8];
        var read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        stream.Position = 0;
        if (read == head.Length && head.AsSpan().SequenceEqual(CompoundFile))
        {
            return file.Problem(ProblemCodes.Syntax,
                "The workbook is encrypted (password-protected) or an old .xls file; open it, remove the password (File > Info > Protect Workbook) and save it as .xlsx.");
        }

        if (read < 4 || head[0] != (byte)'P' || head[1] != (byte)'K')
        {
            return NotWorkbook(file, "it is not a zip package");
        }

        try
        {
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            if (zip.Entries.Count > SheetLimits.MaxParts)
            {
                return file.Problem(ProblemCodes.InvalidValue, $"The workbook has {zip.Entries.Count} parts; at most {SheetLimits.MaxParts} are read. Save it again with only the sheets it needs.");
            }

            long total = 0;
            foreach (var entry in zip.Entries)
            {
                total += entry.Length;
                if (total > SheetLimits.MaxExpandedBytes
                    || (entry.Length > SheetLimits.RatioFloorBytes && entry.Length / Math.Max(1, entry.CompressedLength) > SheetLimits.MaxRatio))
                {
                    return Bomb(file, entry.FullName, entry.Length);
                }
            }
        }
        catch (InvalidDataException ex)
        {
            return NotWorkbook(file, ex.Message.TrimEnd('.'));
        }
        finally
        {
            stream.Position = 0;
        }

        return null;
    }

    public static Problem NotWorkbook(SheetPosition file, string why) => file.Problem(ProblemCodes.Syntax,
        $"The file is not an .xlsx workbook ({why}); save it from the spreadsheet as \"Excel Workbook (.xlsx)\", or give a .csv or .json file.");

    private static Problem Bomb(SheetPosition file, string part, long declared) => file.Problem(ProblemCodes.InvalidValue,
        $"The workbook's part {part} expands to {declared:N0} bytes or more (a zip bomb, or far too large): at most {SheetLimits.MaxExpandedBytes:N0} bytes in all are read, and nothing was expanded. Save the data in a workbook of its own.");
}
