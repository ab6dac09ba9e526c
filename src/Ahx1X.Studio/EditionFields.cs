using Ahx1X.Rules.Model;
using NodaTime;

namespace Ahx1X.Studio;

/// <summary>Where the edition file writes each of its dates, so a new edition can move them all by whole years.</summary>
internal static class EditionFields
{
    public static IEnumerable<(string Path, LocalDate Date)> Dates(EditionParameters parameters)
    {
        foreach (var (season, calendar) in new[] { ("spring", parameters.Spring), ("autumn", parameters.Autumn) })
        {
            foreach (var (step, window) in new[] { ("application", calendar.Application), ("cityReview", calendar.CityReview), ("provincialReview", calendar.ProvincialReview) })
            {
                yield return ($"$.seasons.{season}.{step}.start", window.Start);
                yield return ($"$.seasons.{season}.{step}.end", window.End);
            }

            yield return ($"$.seasons.{season}.summaryDeadline.date", calendar.SummaryDeadline.Date);
        }

        yield return ("$.thresholds.earliestOfficeMeeting.value", parameters.EarliestOfficeMeeting.Value);
    }
}
