namespace Ahx1X.Rules.Model;

/// <summary>
/// Describes the mail that sends a summary table of applying institutions (附件3): to the
/// province's mailbox, or for a secondary vocational school to its city's bureau (PROC-02,
/// PROC-03), with the rows it lists (PROC-04).
/// </summary>
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

    /// <summary>Gets where the table went: a mailbox or a city bureau.</summary>
    public MailRecipient? Recipient { get; init; }

    /// <summary>Gets the mail subject.</summary>
    public string? Subject { get; init; }

    /// <summary>Gets the rows of the table, one per application it lists; null when not given.</summary>
    public IReadOnlyList<SummaryTableRow>? Rows { get; init; }
}
