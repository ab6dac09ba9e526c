using Ahx1X.Rules.Json;
using Ahx1X.Rules.Model;
using Ahx1X.Rules.Packs.Validation;
using Ahx1X.Rules.RuleModel;
using Ahx1X.Rules.Tests.RuleModel;
using NodaTime;

namespace Ahx1X.Rules.Tests.Packs;

/// <summary>
/// Validation judges definitions, however they were made: each test changes the shipped
/// definitions in code, with no JSON, and finds the problem at the definition's position.
/// </summary>
public sealed class PackValidatorTests
{
    private static readonly EditionDraft Shipped = Definitions.Shipped();

    [Fact]
    public void Validate_ShippedEdition_FindsNothing()
    {
        var (problems, incomplete) = Validate(Shipped);

        Assert.Empty(problems);
        Assert.Empty(incomplete);
    }

    [Fact]
    public void Validate_ClauseWhoseOnlyRuleIsDisabled_ReportsTheClauseWhereItIsListed()
    {
        var draft = WithRule(Shipped, "SCOPE-01-in-catalogue", r => r with { Enabled = false });

        var (problems, incomplete) = Validate(draft);

        Assert.Empty(problems);
        var problem = Assert.Single(incomplete);
        var clause = Shipped.Edition!.Clauses.Single(c => c.Id == "SCOPE-01");
        Assert.Equal((ProblemCodes.UnknownClause, "SCOPE-01", clause.At.File, clause.At.JsonPath, clause.At.Line), (problem.Code, problem.Subject, problem.File, problem.JsonPath, problem.Line));
    }

    [Fact]
    public void Validate_RuleOfAClauseTheEditionDoesNotList_ReportsTheRulesClause()
    {
        var draft = WithRule(Shipped, "SCOPE-01-in-catalogue", r => r with { ClauseId = "SCOPE-99" });

        var (problems, incomplete) = Validate(draft);

        var problem = Assert.Single(problems);
        var rule = Shipped.Workflows.SelectMany(w => w.Rules).Single(r => r.Name == "SCOPE-01-in-catalogue");
        Assert.Equal((ProblemCodes.UnknownClause, rule.Name, rule.At["Properties.clause"].JsonPath), (problem.Code, problem.Subject, problem.JsonPath));
        // Its own clause now has no rule either.
        Assert.Equal(["SCOPE-01"], incomplete.Select(p => p.Subject));
    }

    [Fact]
    public void Validate_ClauseListedTwice_ReportsTheSecond()
    {
        var edition = Shipped.Edition!;
        var copy = edition.Clauses[0] with { At = edition.Clauses[1].At };
        var draft = Shipped with { Edition = edition with { Clauses = [.. edition.Clauses, copy] } };

        var (problems, _) = Validate(draft);

        var problem = Assert.Single(problems);
        Assert.Equal((ProblemCodes.Duplicate, edition.Clauses[0].Id, "$.clauses[1]"), (problem.Code, problem.Subject, problem.JsonPath));
    }

    [Fact]
    public void Validate_DeadlineOutsideTheEditionsYear_ReportsTheDeadlinesDate()
    {
        var edition = Shipped.Edition!;
        var autumn = edition.Parameters.Autumn with { SummaryDeadline = new Deadline(new LocalDate(2025, 9, 20), true) };
        var draft = Shipped with { Edition = edition with { Parameters = edition.Parameters with { Autumn = autumn } } };

        var (problems, _) = Validate(draft);

        Assert.Equal(["$.seasons.autumn.summaryDeadline.date"], problems.Select(p => p.JsonPath));
    }

    [Fact]
    public void Validate_StepWithoutItsWorkflow_ReportsTheWorkflowFolder()
    {
        var draft = Shipped with { Workflows = [.. Shipped.Workflows.Where(w => w.Name != "MonthlyReports")] };

        var (problems, incomplete) = Validate(draft);

        var problem = Assert.Single(problems);
        Assert.Equal((ProblemCodes.UnknownWorkflow, "2024/workflows/"), (problem.Code, problem.File));
        Assert.Equal(["REQ-04"], incomplete.Select(p => p.Subject));
    }

    private static (IReadOnlyList<Problem> Problems, IReadOnlyList<Problem> Incomplete) Validate(EditionDraft draft)
    {
        var problems = new ProblemList();
        var incomplete = new ProblemList();
        PackValidator.Validate(draft, problems, incomplete);
        return (problems.Items, incomplete.Items);
    }

    private static EditionDraft WithRule(EditionDraft draft, string name, Func<RuleDefinition, RuleDefinition> change) =>
        draft with { Workflows = [.. draft.Workflows.Select(w => w with { Rules = [.. w.Rules.Select(r => r.Name == name ? change(r) : r)] })] };
}
