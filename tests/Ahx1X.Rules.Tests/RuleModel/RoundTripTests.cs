using System.Reflection;
using Ahx1X.Rules.Json;
using Ahx1X.Rules.Packs.Writing;
using Ahx1X.Rules.RuleModel;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Ahx1X.Rules.Tests.RuleModel;

/// <summary>
/// Definitions written as JSON and read back are the definitions they were: the writer and the
/// reader agree on every member the model keeps, over the shipped pack.
/// </summary>
public sealed class RoundTripTests
{
    public static TheoryData<string> ShippedWorkflows =>
        new(Definitions.ShippedFiles().Keys.Where(k => k.StartsWith("workflows/", StringComparison.Ordinal)).Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(ShippedWorkflows))]
    public void WriteWorkflow_ShippedWorkflow_ReadsBackEqual(string path)
    {
        var original = Definitions.ReadWorkflow(Definitions.ShippedFiles()[path], path);

        var text = PackWriter.Workflow(original);
        var read = Definitions.ReadWorkflow(text, path);

        Assert.NotEmpty(original.Rules);
        Assert.True(Definitions.Same(original, read), text);
        Assert.Equal(text, PackWriter.Workflow(read));
    }

    [Fact]
    public void WriteEdition_ShippedEdition_ReadsBackEqual()
    {
        var original = Definitions.Shipped().Edition!;

        var text = PackWriter.Edition(original);
        var read = Definitions.ReadEdition(text);

        Assert.NotEmpty(original.Clauses);
        Assert.NotEmpty(original.Texts.FactLabels);
        Assert.True(Definitions.Same(original, read), text);
        Assert.Equal(text, PackWriter.Edition(read));
    }

    [Theory]
    [InlineData("Properties.clause")]
    [InlineData("Expression")]
    [InlineData("RuleName")]
    public void ReadEdition_ShippedRules_KeepThePositionAProblemAboutTheJsonReports(string member)
    {
        var files = Definitions.ShippedFiles();
        foreach (var rule in Definitions.Shipped().Workflows.SelectMany(w => w.Rules))
        {
            var json = Ahx1X.Rules.Json.JsonText.Parse(files[rule.File[Definitions.Folder.Length..]], rule.File, new ProblemList())!;
            var problems = new ProblemList();
            problems.Add(ProblemCodes.InvalidValue, rule.File, json.SelectToken(rule.At.Self.JsonPath)!.SelectToken(member), "");
            var expected = problems.Items[0];

            var span = rule.At[member];

            Assert.Equal((expected.File, expected.JsonPath, expected.Line, expected.Column), (span.File, span.JsonPath, span.Line, span.Column));
            Assert.True(span.Line > 0);
        }
    }

    [Fact]
    public void Definitions_HoldNoJsonLibraryType()
    {
        var types = typeof(RuleDefinition).Assembly.GetTypes().Where(t => t.Namespace == typeof(RuleDefinition).Namespace).ToList();

        var members = types
            .SelectMany(t => t.GetProperties(BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public).Select(p => (Owner: t, Member: p.Name, Type: p.PropertyType))
                .Concat(t.GetConstructors().SelectMany(c => c.GetParameters()).Select(p => (Owner: t, Member: p.Name!, Type: p.ParameterType))))
            .Where(m => m.Type.Assembly.GetName().Name!.StartsWith("Newtonsoft", StringComparison.Ordinal))
            .Select(m => $"{m.Owner.Name}.{m.Member}")
            .ToList();

        Assert.Contains(typeof(EditionDefinition), types);
        Assert.Empty(members);
    }
}
