namespace Ahx1X.Rules.Authoring;

/// <summary>
/// Names a value that <see cref="NewEdition.Create"/> moved from last year's edition and that
/// staff still have to confirm against the new notice. It is listed in the edition's
/// <c>to-confirm.txt</c> until its line is deleted there, or its value is changed.
/// </summary>
/// <param name="File">The file, relative to the edition folder (such as <c>edition.json</c>).</param>
/// <param name="JsonPath">The value's JSON path; empty for a whole file (the notice's text).</param>
/// <param name="Was">The value in last year's edition, as JSON (or the SHA-256 of a whole file).</param>
/// <param name="Now">The value the new edition was given, as JSON (or the SHA-256 of a whole file).</param>
public sealed record ValueToConfirm(string File, string JsonPath, string Was, string Now);
