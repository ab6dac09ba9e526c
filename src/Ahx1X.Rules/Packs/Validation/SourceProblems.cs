using Ahx1X.Rules.Diagnostics;
using Ahx1X.Rules.Json;
using Ahx1X.Rules.RuleModel;

namespace Ahx1X.Rules.Packs.Validation;

/// <summary>Reports problems at the position a definition was read from.</summary>
internal static class SourceProblems
{
    /// <summary>Adds a problem at <paramref name="at"/>.</summary>
    public static void Add(this ProblemList problems, string code, SourceSpan at, string message, string? subject = null) =>
        problems.Add(new Problem(code, at.File, at.JsonPath, at.Line, at.Column, subject, message));
}
