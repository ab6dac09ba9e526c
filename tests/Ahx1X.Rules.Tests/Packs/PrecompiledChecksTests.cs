using System.Linq.Expressions;
using System.Text;
using Ahx1X.Benchmarks;
using Ahx1X.Rules.Documents;
using Ahx1X.Rules.Evaluation;
using Ahx1X.Rules.Expressions;
using Ahx1X.Rules.Model;
using Ahx1X.Rules.Packs;
using Ahx1X.Rules.Packs.Compilation;
using Ahx1X.Rules.Results;
using Ahx1X.Rules.Steps;
using Ahx1X.Rules.Tests.Demo;
using Ahx1X.Rules.Tests.Documents;
using Newtonsoft.Json.Linq;

namespace Ahx1X.Rules.Tests.Packs;

/// <summary>
/// The fused checks precompiled with the library are the embedded pack's, written from its trees as
/// they compile now; they judge as the compiled trees do; and a tree that differs in anything finds
/// none and is compiled instead.
/// </summary>
public sealed class PrecompiledChecksTests
{
    private const string GeneratedFile = "src/Ahx1X.Rules/Packs/Compilation/PrecompiledChecks.Generated.cs";

    [Fact]
    public void GeneratedFile_IsWhatTheEmbeddedPackWritesNow()
    {
        var source = PrecompiledChecks.Source(EmbeddedChecks());
        var path = Repository.PathOf(GeneratedFile);
        if (Environment.GetEnvironmentVariable("AHX1X_WRITE_PRECOMPILED") == "1")
        {
            File.WriteAllText(path, source, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        }

        Assert.True(
            source == File.ReadAllText(path).ReplaceLineEndings("\n"),
            $"{GeneratedFile} is not what the embedded pack's workflows write now. After a change to rules/ or to how rules compile, "
            + "write it again with: AHX1X_WRITE_PRECOMPILED=1 dotnet test tests/Ahx1X.Rules.Tests --filter PrecompiledChecksTests");
    }

    [Fact]
    public void EveryEmbeddedWorkflow_FindsItsPrecompiledCheck()
    {
        var checks = EmbeddedChecks().ToArray();

        Assert.Equal(StepTable.All.Count, checks.Length);
        Assert.All(checks, c => Assert.True(PrecompiledChecks.Find(c.Lambda) is not null, $"{c.File} runs no precompiled check"));
    }

    [Fact]
    public void FolderCopyOfTheRules_FindsThePrecompiledChecks_AndAnEditedRuleDoesNot()
    {
        using var pack = new TempRulePack();
        // The tree, not the file, is what finds a check: a layout change keeps it.
        pack.Write(TempRulePack.WorkflowFile, JObject.Parse(pack.Read(TempRulePack.WorkflowFile)).ToString(Newtonsoft.Json.Formatting.None));
        var same = PolicyEngine.LoadFromDirectory(pack.Root).Pack.For(2024).Workflows.All;
        Assert.All(same, w => Assert.True(IsPrecompiled(w), $"{w.File} runs no precompiled check"));

        pack.SetExpression("SCALE-01-minimum-candidates", "certificate == null || application.Candidates >= certificate.MinimumCandidates + 1");
        var edited = PolicyEngine.LoadFromDirectory(pack.Root).Pack.For(2024).Workflows.All;
        Assert.All(edited, w => Assert.Equal(w.Name != "Application", IsPrecompiled(w)));
    }

    [Fact]
    public void PrecompiledAndCompiledChecks_JudgeEverySampleAndEveryMissingFactAlike()
    {
        using var compiledOnly = CompiledOnly();
        var compiled = PolicyEngine.LoadFromDirectory(compiledOnly.Root);
        Assert.All(compiled.Pack.For(2024).Workflows.All, w => Assert.False(IsPrecompiled(w), w.File));

        var documents = 0;
        foreach (var file in Directory.GetFiles(Repository.PathOf("samples/documents"), "*.json"))
        {
            var original = JObject.Parse(File.ReadAllText(file));
            foreach (var variant in MemberMutations.Of(original).Select(m => m.Mutated).Prepend(original))
            {
                var read = Document.ParseRecords(variant.ToString(), Path.GetFileName(file));
                foreach (var entry in read.Document?.Entries ?? [])
                {
                    Assert.Equal(entry.EvaluateWith(TestData.Engine).DescribeWhole(receipt: false), entry.EvaluateWith(compiled).DescribeWhole(receipt: false));
                }

                documents++;
            }
        }

        Assert.True(documents > 400, $"only {documents} documents were judged");
    }

    [Fact]
    public void PrecompiledAndCompiledChecks_JudgeTheGeneratedBatchAlike()
    {
        using var compiledOnly = CompiledOnly();
        var compiled = PolicyEngine.LoadFromDirectory(compiledOnly.Root);
        var requests = Requests.Generate(100_000, TestData.Engine.CatalogueFor(2024), Requests.BatchSeed);
        foreach (var request in requests)
        {
            Assert.Equal(TestData.Engine.Evaluate(request).DescribeWhole(receipt: false), compiled.Evaluate(request).DescribeWhole(receipt: false));
        }
    }

    /// <summary>Returns every fused check of the embedded pack, edition by edition, in step order.</summary>
    private static IEnumerable<(string Name, string File, LambdaExpression Lambda)> EmbeddedChecks() =>
        RulePack.LoadEmbedded().Editions.SelectMany(e => e.Workflows.All.Select(w => (w.Name, "rules/" + w.File, w.FusedTree!)));

    private static bool IsPrecompiled(IWorkflowInfo workflow) => workflow.FusedTree is { } tree && PrecompiledChecks.Find(tree) is not null;

    /// <summary>Returns the shipped rules with <c>&amp;&amp; true</c> after every expression: the same verdicts from trees the generated file does not hold.</summary>
    private static TempRulePack CompiledOnly()
    {
        var pack = new TempRulePack();
        foreach (var file in Directory.GetFiles(pack.PathOf("workflows"), "*.json"))
        {
            var workflow = JObject.Parse(File.ReadAllText(file));
            foreach (var rule in ((JArray)workflow["Rules"]!).Cast<JObject>())
            {
                rule["Expression"] = $"({(string)rule["Expression"]!}) && true";
            }

            File.WriteAllText(file, workflow.ToString(Newtonsoft.Json.Formatting.Indented));
        }

        return pack;
    }
}
