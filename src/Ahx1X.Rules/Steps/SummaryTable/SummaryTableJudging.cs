using Ahx1X.Rules.Model;

namespace Ahx1X.Rules.Steps;

/// <summary>A summary table mail, with the applications of its season when they are judged together (PROC-04).</summary>
/// <param name="Mail">The mail.</param>
/// <param name="Applications">The applications to reconcile the table with, or null when only the mail is judged.</param>
internal sealed record SummaryTableJudging(SummaryTableMail Mail, IReadOnlyList<ApplicationRequest>? Applications);
