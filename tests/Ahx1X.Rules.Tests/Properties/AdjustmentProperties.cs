using Ahx1X.Rules.Results;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static Ahx1X.Rules.Tests.StepData;

namespace Ahx1X.Rules.Tests.Properties;

/// <summary>ADJ-03 and ADJ-04 over every pair of candidate numbers.</summary>
public class AdjustmentProperties
{
    /// <summary>Any pair in 0..200, half of them within two of each other so the boundary (equal, one less, one more) is hit often.</summary>
    private static readonly Gen<(int Approved, int Requested)> Candidates = Gen.OneOf(
        from approved in Gen.Choose(0, 200)
        from requested in Gen.Choose(0, 200)
        select (approved, requested),
        from approved in Gen.Choose(0, 200)
        from delta in Gen.Choose(-2, 2)
        select (approved, Math.Clamp(approved + delta, 0, 200)));

    [Property(MaxTest = 300)]
    public Property EvaluateAdjustment_AnyCandidates_Adj03FiresExactlyWhenFewer() =>
        Prop.ForAll(Arb.From(Candidates), pair =>
        {
            var result = Engine.EvaluateAdjustment(Adjustment(Plan(pair.Approved), Plan(pair.Requested), IncreaseInOrder));

            var fired = result.FindingsForClause("ADJ-03").ToList();
            var expected = pair.Requested < pair.Approved;
            return (fired.Count == (expected ? 1 : 0)
                    && fired.All(f => f.Kind == FindingKind.Violation)
                    && result.Findings.All(f => f.ClauseId == "ADJ-03"))
                .Label($"{pair.Approved} -> {pair.Requested}: {result.DescribeStep()}");
        });

    [Property(MaxTest = 300)]
    public Property EvaluateAdjustment_AnyCandidatesWithoutIncreaseRequest_Adj04FiresExactlyWhenMore() =>
        Prop.ForAll(Arb.From(Candidates), pair =>
        {
            var result = Engine.EvaluateAdjustment(Adjustment(Plan(pair.Approved), Plan(pair.Requested), increase: null));

            var expected = pair.Requested > pair.Approved ? 6 : 0;
            return (result.FindingsForClause("ADJ-04").Count() == expected)
                .Label($"{pair.Approved} -> {pair.Requested}: {result.DescribeStep()}");
        });
}
