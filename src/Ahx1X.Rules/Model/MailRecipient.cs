namespace Ahx1X.Rules.Model;

/// <summary>
/// Names where a summary table (附件3) went: a mailbox, or the education bureau of a city
/// (a secondary vocational school reports to its own city's bureau, PROC-03). Exactly one of
/// <see cref="Mailbox"/> and <see cref="CityBureau"/> is given.
/// </summary>
public sealed record MailRecipient
{
    private MailRecipient(string? mailbox, string? cityBureau)
    {
        Mailbox = mailbox;
        CityBureau = cityBureau;
    }

    /// <summary>Gets the mail address, when the table went to a mailbox.</summary>
    public string? Mailbox { get; }

    /// <summary>Gets the city whose education bureau received the table, such as 合肥, when it went to a city bureau.</summary>
    public string? CityBureau { get; }

    /// <summary>Gets whether the table went to a mailbox.</summary>
    public bool IsMailbox => Mailbox is not null;

    /// <summary>Gets whether the table went to a city bureau.</summary>
    public bool IsCityBureau => CityBureau is not null;

    /// <summary>Returns the recipient that is the mailbox <paramref name="address"/>.</summary>
    /// <param name="address">The mail address, such as ahxzsbggs@126.com.</param>
    public static MailRecipient ToMailbox(string address)
    {
        ArgumentNullException.ThrowIfNull(address);
        return new MailRecipient(address, null);
    }

    /// <summary>Returns the recipient that is the education bureau of <paramref name="city"/>.</summary>
    /// <param name="city">The city, as the edition lists it, such as 合肥 or 广德市.</param>
    public static MailRecipient ToCityBureau(string city)
    {
        ArgumentNullException.ThrowIfNull(city);
        return new MailRecipient(null, city);
    }
}
