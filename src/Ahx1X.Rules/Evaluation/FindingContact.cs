using Ahx1X.Rules.Model;
using Ahx1X.Rules.Results;

namespace Ahx1X.Rules.Evaluation;

/// <summary>
/// Who answers for the findings of one run: the edition's contacts and the role the step names,
/// looked up only when the run finds something, so a clean run pays no lookup.
/// </summary>
internal readonly struct FindingContact(EditionParameters parameters, ContactRole? role)
{
    /// <summary>Returns the edition's contact for the role, or null when the step names no role or the edition no such contact.</summary>
    public Contact? Resolve() => role is { } known ? parameters.ContactFor(known) : null;
}
