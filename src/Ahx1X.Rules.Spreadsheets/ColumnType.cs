namespace Ahx1X.Rules.Spreadsheets;

/// <summary>How a column's cells are written into the document a sheet becomes.</summary>
internal enum ColumnType
{
    /// <summary>Text, such as a name or a certificate code.</summary>
    Text = 1,

    /// <summary>A whole number.</summary>
    Integer,

    /// <summary>A number, such as a rate.</summary>
    Decimal,

    /// <summary>是 or 否 (true, false).</summary>
    Boolean,

    /// <summary>A calendar day: a date cell or <c>yyyy-MM-dd</c> text.</summary>
    Date,

    /// <summary>A day, or a day and time: a date cell (Beijing time) or text as in JSON.</summary>
    Moment,

    /// <summary>A month, <c>yyyy-MM</c>.</summary>
    Month,

    /// <summary>A list of names, separated by 、 ; or a line break.</summary>
    List,

    /// <summary>One of an enumeration's values, by its Chinese or English name or as JSON writes it.</summary>
    Choice,

    /// <summary>One of the edition's cities.</summary>
    City,
}
