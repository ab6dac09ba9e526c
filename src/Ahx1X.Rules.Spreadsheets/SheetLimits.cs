using Ahx1X.Rules.Model;

namespace Ahx1X.Rules.Spreadsheets;

/// <summary>The bounds a workbook or CSV file is held to before and while it is read, as documents are.</summary>
internal static class SheetLimits
{
    /// <summary>The largest file accepted, in bytes, as for JSON documents.</summary>
    public const long MaxFileBytes = IO.DocumentFile.MaxBytes;

    /// <summary>The most bytes a workbook's parts may expand to, all together, by the sizes its zip directory declares.</summary>
    public const long MaxExpandedBytes = 256L * 1024 * 1024;

    /// <summary>The most parts (files inside the zip) a workbook may have.</summary>
    public const int MaxParts = 2000;

    /// <summary>The most a part may expand to per compressed byte, once it is larger than <see cref="RatioFloorBytes"/>: a zip bomb's ratio is in the thousands.</summary>
    public const long MaxRatio = 200;

    public const long RatioFloorBytes = 1024 * 1024;

    /// <summary>The most data rows one sheet may hold: as many as records in a document.</summary>
    public const int MaxDataRows = Bounds.Records;

    /// <summary>The most columns a sheet may use.</summary>
    public const int MaxColumns = 64;

    /// <summary>The most characters one cell may hold.</summary>
    public const int MaxCellChars = 10_000;
}
