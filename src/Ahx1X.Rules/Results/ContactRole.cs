namespace Ahx1X.Rules.Results;

/// <summary>Names what a contact of the notice answers for (SPEC, "Places and people").</summary>
public enum ContactRole
{
    /// <summary>职成处: applications and summary tables of secondary vocational schools.</summary>
    SecondaryVocational = 1,

    /// <summary>高教处: applications and summary tables of universities and colleges.</summary>
    HigherEducation = 2,

    /// <summary>省1+X证书协调推进办公室: reviews, quota increases and the monthly monitoring.</summary>
    ProvincialOffice = 3,
}
