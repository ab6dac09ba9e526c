using Ahx1X.Rules.Expressions;
using Ahx1X.Rules.Model;

namespace Ahx1X.Rules.Steps;

/// <summary>The inputs of the <c>SummaryTable</c> workflow: <c>mail</c>, <c>season</c>, <c>edition</c>.</summary>
internal sealed class SummaryTableScope : Scope
{
    public required SummaryTableMail Mail { get; init; }

    public required SeasonCalendar? Season { get; init; }

    public required EditionParameters Edition { get; init; }
}
