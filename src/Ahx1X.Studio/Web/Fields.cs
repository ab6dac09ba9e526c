using System.Globalization;
using NodaTime;

namespace Ahx1X.Studio.Web;

/// <summary>Form fields bound to one value of a file by its JSON path; the page's script sends what changed, and places each problem at the field of its path.</summary>
internal static class Fields
{
    public static void Input(HtmlWriter form, string file, string path, string kind, string label, string value, string? id = null)
    {
        var type = kind switch { "date" => "date", "number" => "number", _ => "text" };
        var step = kind == "number" ? new RawHtml(" step=\"any\"") : new RawHtml("");
        form.Add($"<label class=\"field\"><span>{label}</span><input type=\"{type}\"{step} id=\"{id ?? Id(file, path)}\" name=\"{path}\" value=\"{value}\" data-file=\"{file}\" data-path=\"{path}\" data-kind=\"{kind}\" data-original=\"{value}\"></label>");
    }

    public static void Check(HtmlWriter form, string file, string path, string label, bool value)
    {
        var state = value ? "true" : "false";
        var checkedAttribute = value ? new RawHtml(" checked") : new RawHtml("");
        form.Add($"<label class=\"field check\"><input type=\"checkbox\" id=\"{Id(file, path)}\" data-file=\"{file}\" data-path=\"{path}\" data-kind=\"bool\" data-original=\"{state}\"{checkedAttribute}><span>{label}</span></label>");
    }

    public static void Area(HtmlWriter form, string file, string path, string kind, string label, string value, int rows = 2)
    {
        form.Add($"<label class=\"field wide\"><span>{label}</span><textarea rows=\"{rows}\" id=\"{Id(file, path)}\" data-file=\"{file}\" data-path=\"{path}\" data-kind=\"{kind}\" data-original=\"{value}\">{value}</textarea></label>");
    }

    /// <summary>Writes a list of choices, each sent as its name in the file and shown as its text.</summary>
    public static void Select(HtmlWriter form, string file, string path, string label, string value, IEnumerable<(string Value, string Text)> options)
    {
        form.Add($"<label class=\"field\"><span>{label}</span><select id=\"{Id(file, path)}\" data-file=\"{file}\" data-path=\"{path}\" data-kind=\"string\" data-original=\"{value}\">");
        foreach (var option in options)
        {
            form.Add($"<option value=\"{option.Value}\"{(option.Value == value ? new RawHtml(" selected") : new RawHtml(""))}>{option.Text}</option>");
        }

        form.Add($"</select></label>");
    }

    public static void NewYear(HtmlWriter form, string label, int year) =>
        form.Add($"<label class=\"field\"><span>{label}</span><input type=\"number\" id=\"new-year\" min=\"2000\" max=\"2100\" value=\"{year}\"></label>");

    /// <summary>Returns an element id for the field of <paramref name="path"/> in <paramref name="file"/>, stable across renders.</summary>
    public static string Id(string file, string path) =>
        "f-" + string.Concat((file + path).Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-'));

    public static string Date(LocalDate date) => Ahx1X.Rules.Text.Format.Date(date);

    public static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
