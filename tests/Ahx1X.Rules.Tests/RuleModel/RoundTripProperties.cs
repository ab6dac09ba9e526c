using Ahx1X.Rules.Packs.Writing;
using Ahx1X.Rules.Results;
using Ahx1X.Rules.RuleModel;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Ahx1X.Rules.Tests.RuleModel;

/// <summary>Any workflow of rules, written as JSON and read back, is the workflow it was.</summary>
public sealed class RoundTripProperties
{
    private const string File = "2024/workflows/generated.json";

    /// <summary>Pieces of text JSON must escape, Chinese, braces of placeholders and white space, so writing is tested where it is hard.</summary>
    private static readonly string[] Pieces = ["a", "Z", "0", "中", "〔", "\"", "\\", "/", "{", "}", "\n", "\t", " ", "\u0001", "\u2028", "😀"];

    private static readonly Gen<string> Text =
        from length in Gen.Choose(1, 12)
        from pieces in Gen.ArrayOf(Gen.Elements(Pieces), length)
        let text = string.Concat(pieces)
        where !string.IsNullOrWhiteSpace(text)
        select text;

    private static readonly Gen<RuleDefinition> Rule =
        from name in Text
        from expression in Text
        from clause in Text
        from section in Text
        from citation in Text
        from severity in Gen.Elements(FindingSeverity.Error, FindingSeverity.Warning)
        from zh in Text
        from en in Text
        from finding in Gen.Elements(FindingKind.Violation, FindingKind.NotApplicable)
        from enabled in Gen.Elements(true, false)
        select new RuleDefinition("Generated", name, expression, clause, section, citation, severity, new LocalizedText(zh, en), finding, enabled, SourceMap.Unknown(File));

    private static readonly Gen<WorkflowDefinition> Workflow =
        from count in Gen.Choose(0, 6)
        from rules in Gen.ListOf(Rule, count)
        select new WorkflowDefinition("Generated", rules, SourceSpan.OfFile(File));

    [Property(MaxTest = 200)]
    public Property WriteWorkflow_AnyRules_ReadsBackEqual() =>
        Prop.ForAll(Arb.From(Workflow), workflow =>
        {
            var text = PackWriter.Workflow(workflow);

            var read = Definitions.ReadWorkflow(text, File);

            return Definitions.Same(workflow, read).Label(text);
        });
}
