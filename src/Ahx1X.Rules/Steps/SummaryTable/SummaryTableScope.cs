using Ahx1X.Rules.Expressions;
using Ahx1X.Rules.Model;

namespace Ahx1X.Rules.Steps;

/// <summary>
/// The inputs of the <c>SummaryTable</c> workflow: <c>mail</c>, <c>season</c>, <c>edition</c>,
/// <c>applications</c> (null when the mail is judged alone) and <c>row</c> (null for the mail
/// itself, one line of the reconciliation otherwise).
/// </summary>
internal sealed class SummaryTableScope : Scope
{
    public required SummaryTableMail Mail { get; init; }

    public required SeasonCalendar? Season { get; init; }

    public required EditionParameters Edition { get; init; }

    public required IReadOnlyList<ApplicationRequest>? Applications { get; init; }

    public required SummaryRowCheck? Row { get; init; }
}
