namespace Ahx1X.Rules.Model;

/// <summary>
/// An edition value that staff set because the notice names none, and that may still be a
/// placeholder. A message that shows one of its members while it is says so, and receipts list it.
/// </summary>
internal interface IPlaceholderValue
{
    /// <summary>Gets whether the value is not set by policy yet and must not be relied on.</summary>
    bool IsPlaceholder { get; }

    /// <summary>Gets each value, by its member in <c>edition.json</c>, as invariant text such as <c>0.6</c>.</summary>
    IEnumerable<(string Member, string Value)> Values { get; }
}
