namespace Ahx1X.Rules.Model;

/// <summary>Names the two application seasons of a year (春季, 秋季).</summary>
public enum Season
{
    /// <summary>春季: the spring season.</summary>
    Spring,

    /// <summary>秋季: the autumn season.</summary>
    Autumn,
}
