namespace Ahx1X.Studio;

/// <summary>A value staff confirmed against the new notice: its line is taken out of its edition's <c>to-confirm.txt</c> on save.</summary>
/// <param name="File">The file, relative to the rules folder, such as <c>2025/edition.json</c>.</param>
/// <param name="Path">The value's JSON path, as <c>to-confirm.txt</c> lists it; empty for a whole file (the notice's text).</param>
internal sealed record ConfirmedValue(string File, string Path);
