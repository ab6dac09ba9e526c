using Ahx1X.Rules.Model;

namespace Ahx1X.Rules.Steps;

/// <summary>
/// Pairs a summary table's rows with the applications it summarises (附件3, PROC-04): the
/// applications of the mail's year and season made by its sender, or for a city bureau by the
/// institutions of its city whose kind the edition routes through their city bureau. Rows and applications pair by institution name and certificate,
/// the same level first, so a changed level shows as that, not as one missing and one extra.
/// </summary>
internal static class Reconciliation
{
    public static IReadOnlyList<SummaryRowCheck> Of(SummaryTableMail mail, IReadOnlyList<ApplicationRequest> applications, EditionParameters edition)
    {
        var rows = mail.Rows ?? [];
        var covered = applications.Where(a => Covers(mail, a, edition)).ToList();
        var lines = new List<SummaryRowCheck>();
        var paired = new bool[covered.Count];
        var pairs = new ApplicationRequest?[rows.Count];

        // The same level first, then any level: a row and an application of one certificate are one line.
        foreach (var sameLevel in new[] { true, false })
        {
            for (var r = 0; r < rows.Count; r++)
            {
                if (pairs[r] is not null)
                {
                    continue;
                }

                for (var a = 0; a < covered.Count; a++)
                {
                    if (!paired[a] && Matches(rows[r], covered[a], sameLevel))
                    {
                        paired[a] = true;
                        pairs[r] = covered[a];
                        break;
                    }
                }
            }
        }

        for (var r = 0; r < rows.Count; r++)
        {
            var row = rows[r];
            var application = pairs[r]?.Application;
            lines.Add(new SummaryRowCheck
            {
                Number = r + 1,
                Institution = row.Institution,
                CertificateCode = row.CertificateCode,
                Listed = true,
                Applied = application is not null,
                Level = row.Level,
                Candidates = row.Candidates,
                AppliedLevel = application?.Level,
                AppliedCandidates = application?.Candidates,
            });
        }

        for (var a = 0; a < covered.Count; a++)
        {
            if (!paired[a])
            {
                var request = covered[a];
                lines.Add(new SummaryRowCheck
                {
                    Institution = request.Institution.Name,
                    CertificateCode = request.Application.CertificateCode,
                    Listed = false,
                    Applied = true,
                    AppliedLevel = request.Application.Level,
                    AppliedCandidates = request.Application.Candidates,
                });
            }
        }

        return lines;
    }

    /// <summary>Returns whether the mail's table should list <paramref name="request"/>.</summary>
    private static bool Covers(SummaryTableMail mail, ApplicationRequest request, EditionParameters edition) =>
        request.Application.Year == mail.Year
        && request.Application.Season == mail.Season
        && (mail.SenderKind == SenderKind.CityBureau
            ? request.Institution.City == mail.SenderCity && edition.ReviewedByCity(request.Institution.Kind)
            : Same(request.Institution.Name, mail.SenderName));

    private static bool Matches(SummaryTableRow row, ApplicationRequest request, bool sameLevel) =>
        Same(row.Institution, request.Institution.Name)
        && string.Equals(row.CertificateCode.Trim(), request.Application.CertificateCode.Trim(), StringComparison.Ordinal)
        && (!sameLevel || row.Level == request.Application.Level);

    private static bool Same(string a, string b) => string.Equals(a.Trim(), b.Trim(), StringComparison.Ordinal);
}
