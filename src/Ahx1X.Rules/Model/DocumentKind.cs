namespace Ahx1X.Rules.Model;

/// <summary>Names the kinds of input document, one per step a portal checks; a document declares its kind in <c>"kind"</c>.</summary>
public enum DocumentKind
{
    /// <summary><c>"applications"</c>: institutions and their applications.</summary>
    Applications,

    /// <summary><c>"cityReviews"</c>: city preliminary reviews.</summary>
    CityReviews,

    /// <summary><c>"provincialReviews"</c>: provincial reviews, with the city review before each.</summary>
    ProvincialReviews,

    /// <summary><c>"summaryTables"</c>: mails sending the summary table (附件3).</summary>
    SummaryTables,

    /// <summary><c>"adjustments"</c>: changes to approved plans (附件4).</summary>
    Adjustments,

    /// <summary><c>"monthlyReports"</c>: checks of monthly progress reports (附件5).</summary>
    MonthlyReports,

    /// <summary><c>"monthlyProgress"</c>: monthly progress reports (附件5) with their figures, for the province's monitoring.</summary>
    MonthlyProgress,
}
