namespace Ahx1X.Rules.Model;

/// <summary>Answers questions about <see cref="InstitutionKind"/> that the notice settles.</summary>
public static class InstitutionKindExtensions
{
    /// <summary>Returns true for the kinds that go through a city preliminary review (中职, 省属中专 included).</summary>
    /// <param name="kind">The kind of institution.</param>
    public static bool IsSecondaryVocational(this InstitutionKind kind) =>
        kind is InstitutionKind.SecondaryVocational or InstitutionKind.ProvincialSecondarySpecialised;
}
