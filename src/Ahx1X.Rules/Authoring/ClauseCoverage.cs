using System.Text.RegularExpressions;
using Ahx1X.Rules.Documents;
using Ahx1X.Rules.Json;
using Ahx1X.Rules.Model;
using Ahx1X.Rules.Packs;
using Ahx1X.Rules.Results;
using Newtonsoft.Json.Linq;
using NodaTime;
using NodaTime.Text;

namespace Ahx1X.Rules.Authoring;

/// <summary>How often the scenarios make one clause fire and pass.</summary>
/// <param name="Edition">The edition's year.</param>
/// <param name="ClauseId">The clause.</param>
/// <param name="Fired">Scenarios in which the clause fired.</param>
/// <param name="Passed">Scenarios in which the clause was checked and did not fire.</param>
public sealed record ClauseCoverage(int Edition, string ClauseId, int Fired, int Passed)
{
    /// <summary>Gets whether the scenarios show the clause both ways.</summary>
    public bool IsCovered => Fired > 0 && Passed > 0;
}
