namespace Ahx1X.Rules.Calendar;

/// <summary>Names the dated steps of one season of the notice (三 申报时间, 四 申报程序).</summary>
public enum CalendarStep
{
    /// <summary>院校申报: institutions apply on the platform, inside a window (TIME-01).</summary>
    Application,

    /// <summary>市级初审: city bureaus review their secondary vocational schools' applications, inside a window (TIME-02).</summary>
    CityReview,

    /// <summary>省级审核: the provincial office reviews the applications, inside a window (TIME-03).</summary>
    ProvincialReview,

    /// <summary>报送汇总表: universities, colleges and city bureaus mail the sealed summary table (附件3) by a deadline (PROC-02).</summary>
    SummaryTable,
}
