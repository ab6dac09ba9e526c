using System.Net;
using System.Net.Sockets;
using Ahx1X.Rules.Tests.Demo;

namespace Ahx1X.Rules.Tests.Schemas;

/// <summary>
/// <c>lint</c> keeps its schemas inside: whatever a file's <c>"$schema"</c> or a schema's
/// <c>$ref</c> names, lint reads only schemas in the rules folder or shipped with it, only
/// regular files within the size bound of rules, never over the network, and cuts off a pattern
/// that backtracks without bound. Each case ends in a located AHX1015 line, never a stack trace or
/// a hang (every run here has a time limit, so a hang fails the test).
/// </summary>
public sealed class LintSchemaSafetyTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    [Theory]
    [InlineData("/etc/hostname", "absolute path")]
    [InlineData("/dev/zero", "absolute path")]
    [InlineData("../../../../../../../../../../dev/zero", "outside the rules folder")]
    [InlineData("../../../../../../../../../../etc/hostname", "outside the rules folder")]
    [InlineData("https://example.invalid/scenarios.schema.json", "never fetches")]
    [InlineData("file:///etc/hostname", "never fetches")]
    [InlineData("../../missing.schema.json", "does not exist")]
    public void SchemaNamedAnywhere_IsRefusedWithALocatedLine(string named, string says)
    {
        using var rules = Repository.CopyRules();
        var file = SetSchema(rules, named);

        var run = Lint(rules.Path);

        AssertRefused(run, file, says);
    }

    [Fact]
    public void SchemaInsideTheFolderThatIsADevice_IsRefusedWithoutBeingOpened()
    {
        using var rules = Repository.CopyRules();
        File.CreateSymbolicLink(Path.Combine(rules.Path, "zero.schema.json"), "/dev/zero");
        SetSchema(rules, "../../zero.schema.json");

        var run = Lint(rules.Path);

        // Reading the folder refuses anything but a regular file before opening it.
        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("zero.schema.json: AHX1001 This is a character device", run.Output + run.Error, StringComparison.Ordinal);
        AssertNoTrace(run);
    }

    [Fact]
    public void SchemaInsideTheFolderThatLinksOutOfIt_IsNotRead()
    {
        using var outside = new TempFolder();
        var target = outside.Write("secret.schema.json", """{ "$schema": "https://json-schema.org/draft/2020-12/schema" }""");
        using var rules = Repository.CopyRules();
        File.CreateSymbolicLink(Path.Combine(rules.Path, "linked.schema.json"), target);
        var file = SetSchema(rules, "../../linked.schema.json");

        AssertRefused(Lint(rules.Path), file, "lies outside the rules folder");
    }

    [Fact]
    public void PatternThatBacktracksWithoutBound_IsCutOffNotWaitedFor()
    {
        using var rules = Repository.CopyRules();
        File.WriteAllText(Path.Combine(rules.Path, "probe.schema.json"), """
            {
              "$schema": "https://json-schema.org/draft/2020-12/schema",
              "properties": { "description": { "pattern": "^(a+)+$" } }
            }
            """);
        var file = SetSchema(rules, "../../probe.schema.json", description: new string('a', 41) + "!");

        AssertRefused(Lint(rules.Path), file, "took more than 1 s");
    }

    [Fact]
    public void RemoteRefInsideAFolderSchema_IsNeverFetched()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        using var rules = Repository.CopyRules();
        File.WriteAllText(Path.Combine(rules.Path, "probe.schema.json"), $$"""
            {
              "$schema": "https://json-schema.org/draft/2020-12/schema",
              "$ref": "http://127.0.0.1:{{port}}/remote.schema.json"
            }
            """);
        SetSchema(rules, "../../probe.schema.json");

        var run = Lint(rules.Path);

        Assert.False(listener.Pending(), "lint connected to the address of a $ref");
        Assert.Contains("AHX1015", run.Output, StringComparison.Ordinal);
        Assert.Contains("probe.schema.json", run.Output, StringComparison.Ordinal);
        Assert.Contains("every $ref must stay inside the rules folder", run.Output, StringComparison.Ordinal);
        AssertNoTrace(run);
    }

    [Fact]
    public void RefOutOfTheFolder_IsRefused()
    {
        using var outside = new TempFolder();
        File.WriteAllText(Path.Combine(outside.Path, "outside.schema.json"), """{ "$schema": "https://json-schema.org/draft/2020-12/schema" }""");
        using var rules = Repository.CopyRules();
        File.WriteAllText(Path.Combine(rules.Path, "probe.schema.json"), $$"""
            {
              "$schema": "https://json-schema.org/draft/2020-12/schema",
              "$ref": "../../../../../../../..{{outside.Path.Replace('\\', '/')}}/outside.schema.json"
            }
            """);
        SetSchema(rules, "../../probe.schema.json");

        var run = Lint(rules.Path);

        Assert.Contains("every $ref must stay inside the rules folder", run.Output, StringComparison.Ordinal);
        Assert.Equal(1, run.ExitCode);
        AssertNoTrace(run);
    }

    [Fact]
    public void SchemaWithAKeywordJsonSchemaDoesNotDefine_IsRefused()
    {
        using var rules = Repository.CopyRules();
        File.WriteAllText(Path.Combine(rules.Path, "probe.schema.json"), """
            {
              "$schema": "https://json-schema.org/draft/2020-12/schema",
              "properties": { "year": { "type": "integer", "patternErrorMessage": "a year" } }
            }
            """);
        SetSchema(rules, "../../probe.schema.json");

        var run = Lint(rules.Path);

        Assert.Contains("probe.schema.json: AHX1015 The schema cannot be used: Unknown keywords (patternErrorMessage)", run.Output, StringComparison.Ordinal);
        AssertNoTrace(run);
    }

    [Fact]
    public void OneEditionFolderWithoutSchemas_IsCheckedAgainstTheShippedSchemas()
    {
        using var pack = new TempRulePack();
        var file = pack.PathOf("scenarios/applications.json");
        var text = File.ReadAllText(file);
        var at = text.IndexOf("\"outcome\": \"", StringComparison.Ordinal);
        File.WriteAllText(file, text[..at] + "\"outcome\": \"maybe\"" + text[(text.IndexOf(',', at))..]);

        var run = Lint(pack.Edition);

        Assert.Matches(@"applications\.json:\d+:\d+: AHX1015 \$\.scenarios\[0\]\.expect\.outcome: Does not match scenarios\.schema\.json", run.Output);
    }

    /// <summary>Points the first scenario file's <c>$schema</c> at <paramref name="named"/>, optionally setting its description, and returns the file.</summary>
    private static string SetSchema(TempFolder rules, string named, string? description = null)
    {
        var file = Path.Combine(rules.Path, "2024", "scenarios", "applications.json");
        var json = Newtonsoft.Json.Linq.JObject.Parse(File.ReadAllText(file));
        json["$schema"] = named;
        if (description is not null)
        {
            json["description"] = description;
        }

        File.WriteAllText(file, json.ToString());
        return file;
    }

    private static ConsoleRun Lint(string folder)
    {
        var task = Task.Run(() => ConsoleRun.Of("lint", folder));
        Assert.True(task.Wait(Limit), $"lint still running after {Limit.TotalSeconds} s");
        return task.Result;
    }

    private static void AssertRefused(ConsoleRun run, string file, string says)
    {
        Assert.Equal(1, run.ExitCode);
        var line = Assert.Single(run.Output.Split('\n'), l => l.Contains("AHX1015", StringComparison.Ordinal));
        Assert.Contains(Path.GetFileName(file) + ":", line, StringComparison.Ordinal);
        Assert.Contains("$.$schema", line, StringComparison.Ordinal);
        Assert.Contains(says, line, StringComparison.Ordinal);
        AssertNoTrace(run);
    }

    private static void AssertNoTrace(ConsoleRun run)
    {
        Assert.DoesNotContain("   at ", run.Output + run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", run.Output + run.Error, StringComparison.Ordinal);
    }
}
