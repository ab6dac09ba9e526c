using Ahx1X.Rules.Documents;
using Ahx1X.Rules.Model;

namespace Ahx1X.Rules.Authoring;

/// <summary>One record as each pack judges it: for <see cref="ImpactAnalysis.Compare"/>.</summary>
/// <param name="File">The document the record is in.</param>
/// <param name="Kind">The document's kind.</param>
/// <param name="Before">The record judged by the older pack.</param>
/// <param name="After">The same record, its dates moved to the newer edition's year, judged by the newer pack.</param>
public sealed record ImpactRecord(string File, DocumentKind Kind, DocumentEntry Before, DocumentEntry After);
