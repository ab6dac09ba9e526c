using Ahx1X.Rules.Expressions;
using Ahx1X.Rules.Model;
using NodaTime;

namespace Ahx1X.Rules.Steps;

/// <summary>The inputs of the <c>MonthlyReports</c> workflow, once per month due: <c>institution</c>, <c>month</c>, <c>reported</c>, <c>asOf</c>, <c>edition</c>.</summary>
internal sealed class MonthlyReportScope : Scope
{
    public required Institution Institution { get; init; }

    public required YearMonth Month { get; init; }

    public required IReadOnlyList<YearMonth>? Reported { get; init; }

    public required LocalDate? AsOf { get; init; }

    public required EditionParameters Edition { get; init; }
}
