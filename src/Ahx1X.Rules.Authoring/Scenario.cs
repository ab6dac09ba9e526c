using Ahx1X.Rules.Documents;
using NodaTime;

namespace Ahx1X.Rules.Authoring;

/// <summary>
/// One scenario test written as data: a document, an optional "as of" date and what its last
/// record must give. Earlier records of the document are context (such as the applications an
/// institution made before).
/// </summary>
public sealed record Scenario
{
    /// <summary>Gets the scenario's name, unique in its file.</summary>
    public required string Name { get; init; }

    /// <summary>Gets the file the scenario is written in.</summary>
    public required string File { get; init; }

    /// <summary>Gets the line the scenario starts on.</summary>
    public required int Line { get; init; }

    /// <summary>Gets the year of the edition the scenario runs against.</summary>
    public required int Edition { get; init; }

    /// <summary>Gets the record judged: the last one of the document, with its dates moved into the edition's year.</summary>
    public required DocumentEntry Record { get; init; }

    /// <summary>Gets the date the check is made as of; it replaces a monthly reports check's <c>asOf</c>.</summary>
    public LocalDate? AsOf { get; init; }

    /// <summary>Gets what the record must give.</summary>
    public required ScenarioExpectation Expect { get; init; }
}
