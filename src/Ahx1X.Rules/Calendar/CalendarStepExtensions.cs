using Ahx1X.Rules.Model;
using Ahx1X.Rules.Results;

namespace Ahx1X.Rules.Calendar;

/// <summary>Answers questions about <see cref="CalendarStep"/> that the notice settles.</summary>
public static class CalendarStepExtensions
{
    /// <summary>Returns the step's name in Chinese and English, without the season.</summary>
    /// <param name="step">The step.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="step"/> is not a defined value.</exception>
    public static LocalizedText Name(this CalendarStep step) => step switch
    {
        CalendarStep.Application => new("院校申报", "Institution applications"),
        CalendarStep.CityReview => new("市级初审", "City preliminary review"),
        CalendarStep.ProvincialReview => new("省级审核", "Provincial review"),
        CalendarStep.SummaryTable => new("报送汇总表（附件3）", "Summary table (附件3)"),
        _ => throw new ArgumentOutOfRangeException(nameof(step), step, "Not a calendar step."),
    };

    /// <summary>Returns the step's name in Chinese and English with the season before it, such as 春季院校申报.</summary>
    /// <param name="step">The step.</param>
    /// <param name="season">The season.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="step"/> is not a defined value.</exception>
    public static LocalizedText Name(this CalendarStep step, Season season)
    {
        var name = step.Name();
        var spring = season == Season.Spring;
        return new LocalizedText(
            (spring ? "春季" : "秋季") + name.Zh,
            (spring ? "Spring: " : "Autumn: ") + name.En);
    }

    /// <summary>Returns the id of the clause that sets the step's dates: TIME-01, TIME-02, TIME-03 or PROC-02.</summary>
    /// <param name="step">The step.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="step"/> is not a defined value.</exception>
    public static string ClauseId(this CalendarStep step) => step switch
    {
        CalendarStep.Application => "TIME-01",
        CalendarStep.CityReview => "TIME-02",
        CalendarStep.ProvincialReview => "TIME-03",
        CalendarStep.SummaryTable => "PROC-02",
        _ => throw new ArgumentOutOfRangeException(nameof(step), step, "Not a calendar step."),
    };
}
