namespace Ahx1X.Demo;

/// <summary>The exit codes every command shares, so scripts can rely on them.</summary>
internal static class ExitCodes
{
    /// <summary>Every document was accepted (with or without warnings) or judged by a step that does not apply to it, or the tool's check passed.</summary>
    public const int Ok = 0;

    /// <summary>At least one document was rejected or indeterminate, or the tool found problems.</summary>
    public const int Findings = 1;

    /// <summary>Bad input, bad rules or a bad command line: nothing was judged.</summary>
    public const int BadInput = 2;
}
