namespace Ahx1X.Rules.Documents;

/// <summary>
/// Where a document's records go while it is still being read, a few thousand at a time, instead
/// of into <see cref="Document.Entries"/>: a batch judges them and lets them go. A record may be
/// taken back once given (an array past its bound gives none, and a text that turns out not to be
/// strict JSON gives no record at all), so what was kept of it must be forgotten.
/// </summary>
/// <param name="take">Takes entries of the document, the first at the given position among its entries (records with a repeated id are none).</param>
/// <param name="takeBack">Forgets every entry given from the given position among the entries on.</param>
internal sealed class EntryStream(Action<int, IReadOnlyList<DocumentEntry>> take, Action<int> takeBack)
{
    public void Take(int first, IReadOnlyList<DocumentEntry> entries) => take(first, entries);

    public void TakeBack(int first) => takeBack(first);
}
