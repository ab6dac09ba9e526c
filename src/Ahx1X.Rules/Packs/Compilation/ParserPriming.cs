using Ahx1X.Rules.Steps;

namespace Ahx1X.Rules.Packs.Compilation;

/// <summary>
/// Does the expression parser's one-time set-up, which is most of the cost of the first rule a
/// process parses: a thread with nothing to do while a pack's files are read (the console's,
/// waiting for the pack it loads from the start) can run it, so that the first rule then parses
/// at the speed of the others.
/// </summary>
internal static class ParserPriming
{
    /// <summary>
    /// An expression over the application inputs that uses what the shipped rules use: members, a
    /// null check, comparisons, a method of a collection, a helper of <c>Sets</c>, and a lambda.
    /// </summary>
    internal const string Expression =
        "certificate == null || (application.Candidates >= certificate.MinimumCandidates"
        + " && edition.PublishedBatches.Contains(certificate.Batch)"
        + " && Sets.AllIn(application.AssessedMajors, institution.MajorsOffered)"
        + " && application.AssessedMajors.Any(m => m != null))";

    /// <summary>Parses <see cref="Expression"/> and discards it; returns whether it parsed (it always should: a test holds it to that).</summary>
    public static bool Run() => new Expressions.ExpressionCompiler<ApplicationScope>().Parse(Expression, typeof(bool), out _, out _) is not null;
}
