namespace Ahx1X.Rules.Model;

/// <summary>Names the three levels of a vocational skill level certificate.</summary>
public enum CertificateLevel
{
    /// <summary>初级: level 1.</summary>
    Junior = 1,

    /// <summary>中级: level 2.</summary>
    Intermediate = 2,

    /// <summary>高级: level 3.</summary>
    Senior = 3,
}
