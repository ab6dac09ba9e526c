namespace Ahx1X.Rules.Model;

/// <summary>Names who sends a summary table (附件3).</summary>
public enum SenderKind
{
    /// <summary>市级教育行政部门: a city bureau (省直管县 included), for its secondary vocational schools.</summary>
    CityBureau,

    /// <summary>应用型本科高校: an applied undergraduate university.</summary>
    AppliedUndergraduate,

    /// <summary>高等职业院校: a higher vocational college.</summary>
    HigherVocational,

    /// <summary>中职学校: a secondary vocational school, which reports to its city, never to the province.</summary>
    SecondaryVocational,

    /// <summary>省属中专学校: a provincial secondary specialised school, which reports to its city like other secondary schools.</summary>
    ProvincialSecondarySpecialised,
}
