namespace Ahx1X.Rules.Calendar;

/// <summary>Names who acts in a step of the notice's calendar (申报主体).</summary>
public enum CalendarParty
{
    /// <summary>应用型本科高校: applied undergraduate universities; they apply and send the summary table (附件3) themselves.</summary>
    AppliedUndergraduate,

    /// <summary>高等职业院校: higher vocational colleges; they apply and send the summary table (附件3) themselves.</summary>
    HigherVocational,

    /// <summary>中职学校, 省属中专学校 included: secondary vocational schools; they apply and report to their city's bureau, which sends the summary table for them.</summary>
    SecondaryVocational,

    /// <summary>市级教育行政部门: city education bureaus (省直管县(市) included); they review their secondary vocational schools and send the summary table for them.</summary>
    CityBureau,

    /// <summary>省1+X证书协调推进办公室: the provincial office; it does the provincial review.</summary>
    ProvincialOffice,
}
