using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Ahx1X.Demo.Commands;
using Ahx1X.Rules.Authoring;

namespace Ahx1X.Demo.Output;

/// <summary>
/// Writes a scenario run as JUnit XML, which CI servers read: one test suite per scenario file,
/// one test case per scenario with a failure for each unmet expectation, and each unreadable
/// scenario or file as an error.
/// </summary>
internal static class ScenarioJUnit
{
    public static void Write(TextWriter output, ScenarioRun run, Func<string, string> shown)
    {
        var suites = run.Results.GroupBy(r => r.Scenario.File).Select(file => Suite(
            shown(file.Key),
            [.. file.Select(r => Case(r.Scenario.Name, shown(file.Key), r.Scenario.Line, r.Failures, error: null))]));
        var problems = run.Problems.Select(p => Case(p.Subject ?? Path.GetFileName(p.File), LintCommand.Relative(p.File), p.Line, [], p.Message)).ToList();
        if (problems.Count > 0)
        {
            suites = suites.Append(Suite("unreadable scenarios", problems));
        }

        var all = suites.ToList();
        var root = new XElement("testsuites",
            new XAttribute("name", "ahx1x test"),
            new XAttribute("tests", all.Sum(s => (int)s.Attribute("tests")!)),
            new XAttribute("failures", all.Sum(s => (int)s.Attribute("failures")!)),
            new XAttribute("errors", all.Sum(s => (int)s.Attribute("errors")!)),
            all);
        using var writer = XmlWriter.Create(output, new XmlWriterSettings { Indent = true, OmitXmlDeclaration = false, CheckCharacters = false, NewLineChars = "\n" });
        new XDocument(new XDeclaration("1.0", "utf-8", null), root).Save(writer);
        writer.Flush();
        output.WriteLine();
    }

    private static XElement Suite(string name, IReadOnlyList<XElement> cases) => new("testsuite",
        new XAttribute("name", name),
        new XAttribute("tests", cases.Count),
        new XAttribute("failures", cases.Count(c => c.Element("failure") is not null)),
        new XAttribute("errors", cases.Count(c => c.Element("error") is not null)),
        new XAttribute("skipped", 0),
        cases);

    private static XElement Case(string name, string file, int line, IReadOnlyList<string> failures, string? error)
    {
        var test = new XElement("testcase",
            new XAttribute("name", Clean(name)),
            new XAttribute("classname", Clean(Path.GetFileNameWithoutExtension(file))),
            new XAttribute("file", Clean(file)),
            new XAttribute("line", line.ToString(CultureInfo.InvariantCulture)));
        if (failures.Count > 0)
        {
            test.Add(new XElement("failure", new XAttribute("message", Clean(failures[0])), Clean(string.Join("\n", failures))));
        }

        if (error is not null)
        {
            test.Add(new XElement("error", new XAttribute("message", Clean(error))));
        }

        return test;
    }

    /// <summary>Drops the characters XML 1.0 cannot hold (control characters a scenario's name might carry), escaped as the console shows them.</summary>
    private static string Clean(string text) => Printable.Escape(new string([.. text.Where(c => c is '\t' or '\n' or '\r' || !char.IsControl(c))]));
}
