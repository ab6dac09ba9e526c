namespace Ahx1X.Rules.Spreadsheets;

/// <summary>Which object of a record a column's value goes into.</summary>
internal enum ColumnPart
{
    /// <summary>The record itself (an applications sheet: the institution).</summary>
    Record = 1,

    /// <summary>The row's item of the record's list: an application, a summary table line, an approval, a certificate's figures.</summary>
    Item,

    /// <summary>A count from which the catalogue's rates are computed; not written into the record.</summary>
    Count,
}
