namespace Ahx1X.Rules.Results;

/// <summary>Holds one contact of the notice (联系人及联系方式): who to ask about a finding of the step they answer for.</summary>
/// <param name="Office">The office (处室), such as 省教育厅职成处.</param>
/// <param name="People">The people to contact (联系人).</param>
/// <param name="Phone">The phone number (电话).</param>
/// <param name="Role">What the office answers for.</param>
public sealed record Contact(string Office, string People, string Phone, ContactRole Role);
