namespace Ahx1X.Rules.Model;

/// <summary>Names the kinds of school the notice addresses (申报院校类型).</summary>
public enum InstitutionKind
{
    /// <summary>应用型本科高校: an applied undergraduate university; reports straight to the province.</summary>
    AppliedUndergraduate,

    /// <summary>高等职业院校: a higher vocational college; reports straight to the province.</summary>
    HigherVocational,

    /// <summary>中职学校: a secondary vocational school; goes through its city's preliminary review.</summary>
    SecondaryVocational,

    /// <summary>省属中专学校: a provincially administered secondary specialised school; a kind of secondary vocational school, reviewed by its city like the others.</summary>
    ProvincialSecondarySpecialised,
}
