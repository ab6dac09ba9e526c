using Ahx1X.Rules.Model;
using Ahx1X.Rules.Packs;
using Ahx1X.Rules.Results;

namespace Ahx1X.Benchmarks;

/// <summary>
/// The 15 rules of <c>rules/2024/workflows/application.json</c> written as plain C#, checks only:
/// the second reference, beside <see cref="SameOutputRules"/>, which builds the facade's whole result. It does the same work as the facade
/// before the rules run (catalogue lookup, history count, season calendar) and the same null
/// checks: a fact a rule or its message reads that is null makes the rule "missing", not
/// failed, exactly as <c>CompiledRule</c> decides. It renders no message and builds no finding.
/// </summary>
internal static class HandWrittenRules
{
    /// <summary>The bit of the "missing facts" half of the mask; rule <c>i</c>'s missing bit is <c>MissingShift + i</c>.</summary>
    public const int MissingShift = 16;

    /// <summary>The rule names, in the order of their bits (the order of the workflow file).</summary>
    public static readonly string[] RuleNames =
    [
        "SCOPE-01-in-catalogue", "SCALE-01-minimum-candidates", "SCALE-02-justification", "SCALE-02-form",
        "SCALE-02-once-per-season", "SCALE-03-completion-rate", "SCALE-04-issuance-rate", "SCALE-05-majors-offered",
        "TIME-01-application-window", "PROC-01-registered", "REQ-01-standards-in-plan", "REQ-02-office-meeting",
        "REQ-03-funding-budgeted", "PROC-01-not-registered", "REQ-02-this-years-meeting",
    ];

    /// <summary>
    /// Checks <paramref name="request"/>; bit <c>i</c> is set when rule <c>i</c> is broken and
    /// bit <c>16 + i</c> when it cannot be checked because a fact is null. Zero means accepted.
    /// </summary>
    public static int Check(ApplicationRequest request, Catalogue catalogue, EditionParameters edition)
    {
        var institution = request.Institution;
        var application = request.Application;
        var certificate = catalogue.Find(application.CertificateCode);
        var earlierSame = SameOutputRules.History(request.EarlierApplications, application);

        var season = application.Season is { } s ? edition.For(s) : null;
        var submitted = application.SubmittedAt?.Date;
        var violated = 0;
        var missing = 0;

        // SCOPE-01: a code not in the catalogue is a violation, not a missing fact.
        if (certificate is null || !edition.PublishedBatches.Contains(certificate.Batch))
        {
            violated |= 1 << 0;
        }

        // SCALE-01
        if (certificate is null)
        {
            // A code not in the catalogue is SCOPE-01's finding alone.
        }
        else if (application.Candidates is not { } candidates || certificate.MinimumCandidates is not { } minimum)
        {
            missing |= 1 << 1;
        }
        else if (candidates < minimum)
        {
            violated |= 1 << 1;
        }

        // SCALE-02: justification, form.
        Flag(application.JustificationPresent, 2, ref violated, ref missing);
        Flag(application.FormPresent, 3, ref violated, ref missing);

        // SCALE-02: once per season; its message names the level and season, so both must be known.
        if (earlierSame is null)
        {
            missing |= 1 << 4;
        }
        else if (earlierSame != 0)
        {
            violated |= 1 << 4;
        }

        // SCALE-03, SCALE-04: rates the catalogue may not give.
        if (certificate is not null)
        {
            Rate(certificate.CompletionRate, edition.LowCompletionRate.Value, 5, ref violated, ref missing);
            Rate(certificate.IssuanceRate, edition.LowIssuanceRate.Value, 6, ref violated, ref missing);
        }

        // SCALE-05: every assessed major is one the institution offers.
        if (application.AssessedMajors is not { Count: > 0 } assessed || institution.MajorsOffered is not { } offered)
        {
            missing |= 1 << 7;
        }
        else
        {
            for (var i = 0; i < assessed.Count; i++)
            {
                if (!offered.Contains(assessed[i]))
                {
                    violated |= 1 << 7;
                    break;
                }
            }
        }

        // TIME-01: inside the season's application window, both ends included.
        if (submitted is not { } date || season is null)
        {
            missing |= 1 << 8;
        }
        else if (date < season.Application.Start || date > season.Application.End)
        {
            violated |= 1 << 8;
        }

        // PROC-01: registered on the platform no later than the submission, unless known not to be registered.
        if (institution.Registered != false)
        {
            Before(institution.RegisteredOn, submitted, 9, ref violated, ref missing);
        }

        // REQ-01
        Flag(institution.StandardsInTrainingPlan, 10, ref violated, ref missing);

        // REQ-02: the office meeting approved no later than the submission.
        Before(institution.OfficeMeetingApprovedOn, submitted, 11, ref violated, ref missing);

        // REQ-03
        Flag(institution.FundingBudgeted, 12, ref violated, ref missing);

        // PROC-01: known not to be registered.
        if (institution.Registered == false)
        {
            violated |= 1 << 13;
        }

        // REQ-02: a meeting of this year.
        if (institution.OfficeMeetingApprovedOn is not { } meeting)
        {
            missing |= 1 << 14;
        }
        else if (meeting < edition.EarliestOfficeMeeting.Value)
        {
            violated |= 1 << 14;
        }

        return violated | (missing << MissingShift);
    }

    /// <summary>Returns the facade's findings as a mask of the same shape, to check that both agree.</summary>
    /// <exception cref="InvalidOperationException">A rule failed to run or is not one of the 13.</exception>
    public static int MaskOf(EvaluationResult result)
    {
        var mask = 0;
        foreach (var finding in result.Findings)
        {
            var bit = Array.IndexOf(RuleNames, finding.RuleName);
            mask |= (bit, finding.Kind) switch
            {
                (>= 0, FindingKind.Violation) => 1 << bit,
                (>= 0, FindingKind.MissingFacts) => 1 << (MissingShift + bit),
                _ => throw new InvalidOperationException($"Unexpected finding {finding.RuleName} {finding.Kind}: {finding.Message.En}"),
            };
        }

        return mask;
    }

    private static void Flag(bool? fact, int bit, ref int violated, ref int missing)
    {
        if (fact is null)
        {
            missing |= 1 << bit;
        }
        else if (!fact.Value)
        {
            violated |= 1 << bit;
        }
    }

    private static void Rate(decimal? rate, decimal threshold, int bit, ref int violated, ref int missing)
    {
        if (rate is null)
        {
            missing |= 1 << bit;
        }
        else if (rate.Value < threshold)
        {
            violated |= 1 << bit;
        }
    }

    private static void Before(NodaTime.LocalDate? first, NodaTime.LocalDate? submitted, int bit, ref int violated, ref int missing)
    {
        if (first is null || submitted is null)
        {
            missing |= 1 << bit;
        }
        else if (first.Value > submitted.Value)
        {
            violated |= 1 << bit;
        }
    }
}
