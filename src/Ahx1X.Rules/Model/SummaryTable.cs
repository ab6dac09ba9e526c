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

/// <summary>Describes the mail that sends a summary table of applying institutions (附件3) to the province (PROC-02, PROC-03).</summary>
public sealed record SummaryTableMail
{
    /// <summary>Gets the year of the notice the table answers.</summary>
    public required int Year { get; init; }

    /// <summary>Gets the season the table is for; it selects the deadline.</summary>
    public Season? Season { get; init; }

    /// <summary>Gets the sender's name (单位名称), which the subject must start with.</summary>
    public required string SenderName { get; init; }

    /// <summary>Gets the kind of sender.</summary>
    public SenderKind? SenderKind { get; init; }

    /// <summary>Gets the sender's city.</summary>
    public string? SenderCity { get; init; }

    /// <summary>Gets when the mail was sent.</summary>
    public Moment? SentAt { get; init; }

    /// <summary>Gets whether the attached scan bears the official seal (加盖公章).</summary>
    public bool? Sealed { get; init; }

    /// <summary>Gets the recipient mail address.</summary>
    public string? Recipient { get; init; }

    /// <summary>Gets the mail subject.</summary>
    public string? Subject { get; init; }
}
