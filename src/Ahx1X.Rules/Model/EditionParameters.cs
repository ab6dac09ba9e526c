
namespace Ahx1X.Rules.Model;

/// <summary>
/// Holds every value one year's notice states: windows, deadlines, mailboxes, mail subjects
/// and thresholds. Rule expressions read them as <c>edition</c> and <c>season</c>.
/// </summary>
public sealed record EditionParameters
{
    /// <summary>Gets the year the notice covers.</summary>
    public required int Year { get; init; }

    /// <summary>Gets the title of the notice.</summary>
    public required string Title { get; init; }

    /// <summary>Gets the document number of the notice, such as 皖教秘职成〔2024〕22号.</summary>
    public required string DocumentNumber { get; init; }

    /// <summary>Gets the spring season's calendar.</summary>
    public required SeasonCalendar Spring { get; init; }

    /// <summary>Gets the autumn season's calendar.</summary>
    public required SeasonCalendar Autumn { get; init; }

    /// <summary>Gets the mailbox the summary table (附件3) is sent to.</summary>
    public required string SummaryMailbox { get; init; }

    /// <summary>Gets the summary mail subject, with <c>{unit}</c> standing for the sender's name.</summary>
    public required string SummarySubject { get; init; }

    /// <summary>Gets the mailbox a quota increase request (附件4) is sent to.</summary>
    public required string IncreaseMailbox { get; init; }

    /// <summary>Gets the quota increase mail subject, with <c>{unit}</c> standing for the sender's name.</summary>
    public required string IncreaseSubject { get; init; }

    /// <summary>Gets the completion rate below which a certificate is one to control strictly.</summary>
    public required Threshold LowCompletionRate { get; init; }

    /// <summary>Gets the issuance rate below which a certificate is one to control strictly.</summary>
    public required Threshold LowIssuanceRate { get; init; }

    /// <summary>
    /// Gets the earliest day a principal's office meeting (校长办公会) can approve this year's applications (REQ-02):
    /// a meeting before it belongs to an earlier cycle. The notice names no date; staff set it.
    /// </summary>
    public required DateThreshold EarliestOfficeMeeting { get; init; }
    /// <summary>Gets what the monthly monitoring (MON-01) reads as examinations progressing too slowly.</summary>
    public required ProgressThreshold SlowExamination { get; init; }

    /// <summary>
    /// Gets the cities whose bureaus the notice addresses (Anhui's 16 cities and the counties that
    /// report like a city); a city outside them is refused as bad input. Empty when the edition
    /// lists none, and then cities are not checked.
    /// </summary>
    public IReadOnlyList<string> Cities { get; init; } = [];

    /// <summary>Gets the notice's contacts, each with what it answers for; empty when the edition lists none.</summary>
    public IReadOnlyList<Results.Contact> Contacts { get; init; } = [];

    /// <summary>Returns the contact that answers for <paramref name="role"/>, or null.</summary>
    /// <param name="role">What the contact answers for.</param>
    public Results.Contact? ContactFor(Results.ContactRole role)
    {
        foreach (var contact in Contacts)
        {
            if (contact.Role == role)
            {
                return contact;
            }
        }

        return null;
    }

    /// <summary>Gets which of the Ministry's published batches of certificates count for SCOPE-01 (1 to 4 in 2024); a certificate of another batch is out of scope.</summary>
    public required IReadOnlyList<int> PublishedBatches { get; init; }

    /// <summary>Gets the steps each kind of institution passes through (三.2), one route per kind.</summary>
    public required IReadOnlyList<InstitutionRoute> Routes { get; init; }

    /// <summary>
    /// Returns true when applications of <paramref name="kind"/> go through the institution's own
    /// city bureau first (市级初审, and the summary table to that bureau); false for a kind with no
    /// such route and for null.
    /// </summary>
    /// <param name="kind">The kind of institution.</param>
    public bool ReviewedByCity(InstitutionKind? kind)
    {
        foreach (var route in Routes)
        {
            if (route.Kind == kind)
            {
                return route.ReviewedByCity;
            }
        }

        return false;
    }

    /// <summary>
    /// Returns true when <paramref name="sender"/> is an institution whose kind goes through its city
    /// bureau (<see cref="ReviewedByCity(InstitutionKind?)"/>): its summary table goes to that bureau,
    /// not to the province. A city bureau itself, and null, give false.
    /// </summary>
    /// <param name="sender">Who sends the summary table.</param>
    public bool ReviewedByCity(SenderKind? sender) => ReviewedByCity(sender switch
    {
        SenderKind.AppliedUndergraduate => InstitutionKind.AppliedUndergraduate,
        SenderKind.HigherVocational => InstitutionKind.HigherVocational,
        SenderKind.SecondaryVocational => InstitutionKind.SecondaryVocational,
        SenderKind.ProvincialSecondarySpecialised => InstitutionKind.ProvincialSecondarySpecialised,
        _ => null,
    });

    /// <summary>Returns the summary mail subject <paramref name="unit"/> must use.</summary>
    /// <param name="unit">The sender's name (单位名称).</param>
    public string SummarySubjectFor(string unit) => SummarySubject.Replace("{unit}", unit, StringComparison.Ordinal);

    /// <summary>Returns the quota increase mail subject <paramref name="unit"/> must use.</summary>
    /// <param name="unit">The sender's name (单位名称).</param>
    public string IncreaseSubjectFor(string unit) => IncreaseSubject.Replace("{unit}", unit, StringComparison.Ordinal);

    /// <summary>Returns the calendar of <paramref name="season"/>.</summary>
    /// <param name="season">The season.</param>
    public SeasonCalendar For(Season season) => season == Season.Spring ? Spring : Autumn;
}
