using Ahx1X.Rules.Expressions;
using Ahx1X.Rules.Model;
using NodaTime;

namespace Ahx1X.Rules.Steps;

/// <summary>The inputs of the <c>MonthlyProgress</c> workflow, once per certificate reported: <c>institution</c>, <c>month</c>, <c>monthEnd</c>, <c>progress</c>, <c>edition</c>.</summary>
internal sealed class MonthlyProgressScope : Scope
{
    public required Institution Institution { get; init; }

    public required YearMonth Month { get; init; }

    /// <summary>Gets the last day of <see cref="Month"/>: the figures are those of that day.</summary>
    public required LocalDate MonthEnd { get; init; }

    public required CertificateProgress Progress { get; init; }

    public required EditionParameters Edition { get; init; }
}
