using Ahx1X.Rules.Diagnostics;

namespace Ahx1X.Rules.Documents;

/// <summary>Holds the records read from a document and the problems of the records left out.</summary>
/// <param name="Document">The document with its good records, or null when it cannot be read at all.</param>
/// <param name="Problems">Every problem found, each with its position.</param>
public sealed record DocumentParseResult(Document? Document, IReadOnlyList<Problem> Problems);
