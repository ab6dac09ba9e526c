using Ahx1X.Rules.Model;
using Ahx1X.Rules.Results;

namespace Ahx1X.Rules.Authoring;

/// <summary>A record the two packs judge differently.</summary>
/// <param name="File">The document the record is in.</param>
/// <param name="Id">The record's id.</param>
/// <param name="Subject">Who the record is about, such as the institution.</param>
/// <param name="City">The city of the record's institution, when known.</param>
/// <param name="Kind">The document's kind.</param>
/// <param name="Before">The outcome with the older pack.</param>
/// <param name="After">The outcome with the newer pack.</param>
/// <param name="Clauses">The clauses whose findings differ, which made the difference.</param>
public sealed record RecordImpact(string File, string Id, string Subject, string? City, DocumentKind Kind, Outcome Before, Outcome After, IReadOnlyList<string> Clauses);
