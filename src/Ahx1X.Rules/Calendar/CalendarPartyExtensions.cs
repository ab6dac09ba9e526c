using Ahx1X.Rules.Model;
using Ahx1X.Rules.Results;

namespace Ahx1X.Rules.Calendar;

/// <summary>Answers questions about <see cref="CalendarParty"/> that the notice settles.</summary>
public static class CalendarPartyExtensions
{
    /// <summary>Returns the party's name in Chinese and English.</summary>
    /// <param name="party">The party.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="party"/> is not a defined value.</exception>
    public static LocalizedText Name(this CalendarParty party) => party switch
    {
        CalendarParty.AppliedUndergraduate => new("应用型本科高校", "Applied undergraduate universities"),
        CalendarParty.HigherVocational => new("高等职业院校", "Higher vocational colleges"),
        CalendarParty.SecondaryVocational => new("中职学校（含省属中专学校）", "Secondary vocational schools (省属中专 included)"),
        CalendarParty.CityBureau => new("市级教育行政部门", "City education bureaus"),
        CalendarParty.ProvincialOffice => new("省1+X证书协调推进办公室", "Provincial 1+X office"),
        _ => throw new ArgumentOutOfRangeException(nameof(party), party, "Not a calendar party."),
    };

    /// <summary>Returns the party that stands for institutions of <paramref name="kind"/>; both secondary kinds are one party.</summary>
    internal static CalendarParty PartyOf(InstitutionKind kind) => kind switch
    {
        InstitutionKind.AppliedUndergraduate => CalendarParty.AppliedUndergraduate,
        InstitutionKind.HigherVocational => CalendarParty.HigherVocational,
        InstitutionKind.SecondaryVocational or InstitutionKind.ProvincialSecondarySpecialised => CalendarParty.SecondaryVocational,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not an institution kind."),
    };
}
