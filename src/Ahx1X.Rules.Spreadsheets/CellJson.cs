using System.Globalization;
using Newtonsoft.Json.Linq;
using NodaTime;

namespace Ahx1X.Rules.Spreadsheets;

/// <summary>
/// Turns a cell into the JSON value a document would hold there. Nothing is guessed: what is not
/// plainly the column's type is passed on as it is written (a number in a date column, <c>3/4</c>,
/// a misspelt level), so the document reader refuses it with the same code and message as JSON.
/// </summary>
internal static class CellJson
{
    private static readonly char[] ListSeparators = ['、', ';', '；', ',', '，', '\n'];

    /// <summary>What a list cell holds for an empty list (no month reported), which a blank cell (not known) is not.</summary>
    private static readonly string[] NoItems = ["无", "none"];

    /// <summary>Returns the JSON value of <paramref name="cell"/> in <paramref name="column"/>; a blank cell is null (not given).</summary>
    public static JToken Of(RawCell? cell, SheetColumn column)
    {
        if (cell is null)
        {
            return JValue.CreateNull();
        }

        var text = cell.Text.Trim();
        if (cell.Kind == RawKind.Text && text.Length == 0)
        {
            return JValue.CreateNull();
        }

        return column.Type switch
        {
            ColumnType.Integer or ColumnType.Decimal => Number(cell, text),
            ColumnType.Boolean => Boolean(cell, text),
            ColumnType.Date => cell.Kind == RawKind.Date ? new JValue(DateText(cell.Date, withOffset: false)) : Passed(cell, text),
            ColumnType.Moment => cell.Kind == RawKind.Date ? new JValue(DateText(cell.Date, withOffset: true)) : Passed(cell, text),
            ColumnType.Month => cell.Kind == RawKind.Date ? new JValue(cell.Date is { Day: 1, TimeOfDay: var t } && t == LocalTime.Midnight
                ? cell.Date.ToString("yyyy-MM", CultureInfo.InvariantCulture) : DateText(cell.Date, withOffset: false)) : Passed(cell, text),
            ColumnType.List => cell.Kind == RawKind.Text
                ? new JArray(NoItems.Contains(text, StringComparer.OrdinalIgnoreCase) ? [] : text.Split(ListSeparators).Select(item => item.Trim()))
                : new JArray(Plain(cell, text)),
            ColumnType.Choice => new JValue(Choose(Plain(cell, text), column)),
            _ => new JValue(Plain(cell, text)),
        };
    }

    /// <summary>Returns a cell as text: a number as written (<c>2024</c>, not <c>2024.0</c>), a date as <c>yyyy-MM-dd</c>.</summary>
    public static string Plain(RawCell cell, string text) => cell.Kind switch
    {
        RawKind.Date => DateText(cell.Date, withOffset: false),
        RawKind.Number => cell.Number.ToString("R", CultureInfo.InvariantCulture),
        _ => text,
    };

    /// <summary>A date cell's day; with its time of day when it has one, at Beijing time when <paramref name="withOffset"/> (a workbook's times carry no zone).</summary>
    private static string DateText(LocalDateTime date, bool withOffset) =>
        date.TimeOfDay == LocalTime.Midnight
            ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : date.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture) + (withOffset ? "+08:00" : "");

    private static JToken Number(RawCell cell, string text)
    {
        if (cell.Kind == RawKind.Number)
        {
            return NumberToken(cell);
        }

        if (cell.Kind == RawKind.Text)
        {
            if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole))
            {
                return new JValue(whole);
            }

            if (decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
            {
                return new JValue(number);
            }
        }

        return Passed(cell, text);
    }

    private static JToken Boolean(RawCell cell, string text)
    {
        if (cell.Kind == RawKind.Boolean)
        {
            return new JValue(text == "TRUE");
        }

        return text.ToLowerInvariant() switch
        {
            "是" or "true" or "yes" => new JValue(true),
            "否" or "false" or "no" => new JValue(false),
            _ => Passed(cell, text),
        };
    }

    /// <summary>Passes a value that is not of the column's type on as it is, for the reader to refuse: a number stays a number.</summary>
    private static JValue Passed(RawCell cell, string text) => cell.Kind switch
    {
        RawKind.Number => NumberToken(cell),
        RawKind.Boolean => new JValue(text == "TRUE"),
        RawKind.Date => new JValue(DateText(cell.Date, withOffset: false)),
        _ => new JValue(text),
    };

    /// <summary>A whole number as an integer, another as a decimal; one too large for either is passed as its text, for the reader to refuse.</summary>
    private static JValue NumberToken(RawCell cell) =>
        Math.Abs(cell.Number) >= 1e15 ? new JValue(cell.Text)
        : Math.Floor(cell.Number) == cell.Number ? new JValue((long)cell.Number)
        : new JValue((decimal)cell.Number);

    private static string Choose(string text, SheetColumn column)
    {
        foreach (var (wire, zh, en) in column.Choices ?? [])
        {
            if (text == wire || text == zh || string.Equals(text, en, StringComparison.OrdinalIgnoreCase))
            {
                return wire;
            }
        }

        return text;
    }
}
