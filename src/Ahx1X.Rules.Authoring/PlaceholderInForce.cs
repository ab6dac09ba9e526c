using Ahx1X.Rules.Results;

namespace Ahx1X.Rules.Authoring;

/// <summary>
/// Names an edition value still marked <c>"placeholder": true</c>, where it is written: not a
/// problem (the pack loads and judges), but a value the notice does not give and staff must set.
/// </summary>
/// <param name="File">The edition file.</param>
/// <param name="Line">The line of the value, from 1; 0 when not known.</param>
/// <param name="Column">The column of the value, from 1; 0 when not known.</param>
/// <param name="Parameter">The parameter, its path in the file and its value in force.</param>
public sealed record PlaceholderInForce(string File, int Line, int Column, PlaceholderParameter Parameter)
{
    /// <summary>Returns the line <c>lint</c> prints: <c>file:line:column: warning: placeholder …</c>.</summary>
    public override string ToString()
    {
        var where = Line > 0 ? $"{File}:{Line}:{Column}" : File;
        return $"{where}: warning: placeholder {Parameter} is still in force ({PlaceholderParameter.Mark.Zh} / {PlaceholderParameter.Mark.En}); "
            + "once the provincial office sets it, write its value and \"placeholder\": false.";
    }
}
