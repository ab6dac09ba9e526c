namespace Ahx1X.Rules.Results;

/// <summary>
/// The message and facts of a finding, rendered when first read. The first rendering published
/// wins, so two threads reading at once get the same instances, and a finding copied with
/// <c>with</c> shares them with its original.
/// </summary>
internal abstract class FindingText
{
    private LocalizedText? _message;
    private IReadOnlyList<Fact>? _facts;

    public LocalizedText Message => Volatile.Read(ref _message) ?? Publish(ref _message, RenderMessage());

    public IReadOnlyList<Fact> Facts => Volatile.Read(ref _facts) ?? Publish(ref _facts, RenderFacts());

    /// <summary>Renders the message in both languages.</summary>
    protected abstract LocalizedText RenderMessage();

    /// <summary>Renders the facts.</summary>
    protected abstract IReadOnlyList<Fact> RenderFacts();

    /// <summary>Keeps <paramref name="facts"/>, rendered on the way to the message, unless facts were kept already; returns the ones kept.</summary>
    protected IReadOnlyList<Fact> Offer(IReadOnlyList<Fact> facts) => Volatile.Read(ref _facts) ?? Publish(ref _facts, facts);

    private static T Publish<T>(ref T? slot, T value)
        where T : class =>
        Interlocked.CompareExchange(ref slot, value, null) ?? value;
}
