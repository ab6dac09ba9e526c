namespace Ahx1X.Rules.Results;

/// <summary>Names the languages messages are written in.</summary>
public enum Language
{
    /// <summary>Simplified Chinese, the language of the notice.</summary>
    Chinese,

    /// <summary>English.</summary>
    English,
}
