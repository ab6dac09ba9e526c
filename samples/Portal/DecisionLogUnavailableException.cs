namespace Portal;

/// <summary>Thrown when the decision log cannot be reached, read or written; answered 503, and the decision is not reported stored.</summary>
internal sealed class DecisionLogUnavailableException(string verb, string reason, Exception inner)
    : Exception($"The decision log cannot be {verb}: {reason}.", inner)
{
    /// <summary>Gets <c>written</c> or <c>read</c>.</summary>
    public string Verb { get; } = verb;
}
