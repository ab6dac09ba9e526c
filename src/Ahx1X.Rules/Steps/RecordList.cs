namespace Ahx1X.Rules.Steps;

/// <summary>
/// The records a step reads from a document, in document order. With a receiver that wants them
/// early, the records read so far are handed on a few thousand at a time while the rest of the
/// document is still being read; a step may still take back every record from a position on (an
/// array past its bound gives none), and the receiver is told.
/// </summary>
internal sealed class RecordList(RecordList.IReceiver? receiver = null)
{
    /// <summary>How many records are held before they are handed on early.</summary>
    internal const int HandOnEvery = 4096;

    private readonly List<StepRecord> _held = [];

    // How many records went to the receiver: the first held record is at this position.
    private int _handedOn;

    /// <summary>Takes the records of a list as they are handed on.</summary>
    internal interface IReceiver
    {
        /// <summary>Gets whether records are to be handed on while the document is still read.</summary>
        bool WantsEarly { get; }

        /// <summary>Takes <paramref name="records"/>, the first of them at position <paramref name="first"/>; the list is reused afterwards.</summary>
        void Take(int first, IReadOnlyList<StepRecord> records);

        /// <summary>Forgets every record taken from position <paramref name="first"/> on.</summary>
        void TakeBack(int first);
    }

    /// <summary>Gets how many records were read and not taken back.</summary>
    public int Count => _handedOn + _held.Count;

    /// <summary>Gets the records not yet handed on: every record, for a list with no receiver.</summary>
    public IReadOnlyList<StepRecord> Held => _held;

    public void Add(StepRecord record) => _held.Add(record);

    public void AddRange(IEnumerable<StepRecord> records) => _held.AddRange(records);

    /// <summary>Hands the held records on when there are enough of them and the receiver wants them early; a step calls it between records.</summary>
    public void HandOnIfMany()
    {
        if (_held.Count >= HandOnEvery && receiver is { WantsEarly: true })
        {
            HandOn();
        }
    }

    /// <summary>Hands every held record on to the receiver, if there is one.</summary>
    public void HandOn()
    {
        if (receiver is null || _held.Count == 0)
        {
            return;
        }

        receiver.Take(_handedOn, _held);
        _handedOn += _held.Count;
        _held.Clear();
    }

    /// <summary>Takes back every record from position <paramref name="first"/> on, telling the receiver of those it had.</summary>
    public void RemoveFrom(int first)
    {
        if (first >= _handedOn)
        {
            _held.RemoveRange(first - _handedOn, _held.Count - (first - _handedOn));
            return;
        }

        _held.Clear();
        receiver!.TakeBack(first);
        _handedOn = first;
    }
}
