using Ahx1X.Rules.Model;
using Ahx1X.Rules.Steps;

namespace Ahx1X.Rules.Documents;

/// <summary>
/// Links the records of the documents of one run so that they are judged as one: each application
/// sees the applications its institution (matched by name) made before it in any of the documents
/// (SCALE-02, once per certificate, level and season), and a summary table mail given without
/// applications of its own is reconciled with the run's applications (PROC-04).
/// </summary>
/// <example>
/// <code>
/// var entries = JudgedTogether.Link(paths.Select(Document.Load).SelectMany(d => d.Entries));
/// var results = entries.Select(e => e.EvaluateWith(engine));
/// </code>
/// </example>
public static class JudgedTogether
{
    /// <summary>Returns <paramref name="entries"/>, in the order given, linked as one run.</summary>
    /// <param name="entries">The records of every document of the run, in the order they are to count: an application counts as earlier than those after it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="entries"/> is null.</exception>
    public static IReadOnlyList<DocumentEntry> Link(IEnumerable<DocumentEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var run = new Run();
        var linked = entries.Select((entry, position) => run.Add(entry, position)).ToList();
        for (var i = 0; i < linked.Count; i++)
        {
            linked[i] = run.Complete(linked[i]);
        }

        return linked;
    }

    /// <summary>
    /// Links the records of a run as they come, so a caller can judge them a few thousand at a time
    /// and let them go while their document is still read: what spans the run is kept here, the
    /// histories of SCALE-02 and the applications PROC-04 reconciles a mail with.
    /// </summary>
    internal sealed class Run
    {
        private readonly List<ApplicationRequest> _applications = [];
        private readonly Dictionary<string, ApplicationHistoryIndex> _histories = new(StringComparer.Ordinal);

        // For each application added, in order: its position in the run, and the institution whose history holds it.
        private readonly List<(int Position, string Institution)> _added = [];

        /// <summary>Returns <paramref name="entry"/> linked to the records added before it: an application sees its institution's earlier ones.</summary>
        /// <param name="entry">The record.</param>
        /// <param name="position">Its position among the run's records, for <see cref="TakeBackFrom"/>.</param>
        public DocumentEntry Add(DocumentEntry entry, int position)
        {
            if (entry.Request is not ApplicationRequest request)
            {
                return entry;
            }

            var name = request.Institution.Name.Trim();
            if (!_histories.TryGetValue(name, out var history))
            {
                _histories[name] = history = new ApplicationHistoryIndex();
            }

            request = request with { EarlierApplications = history.SoFar() };
            history.Add(request.Application);
            _applications.Add(request);
            _added.Add((position, name));
            return entry with { Request = request };
        }

        /// <summary>Forgets every application added at position <paramref name="position"/> or after, as if none had been added; those added before the last <see cref="Settle"/> stay.</summary>
        public void TakeBackFrom(int position)
        {
            while (_added.Count > 0 && _added[^1].Position >= position)
            {
                var name = _added[^1].Institution;
                _added.RemoveAt(_added.Count - 1);
                _applications.RemoveAt(_applications.Count - 1);
                var history = _histories[name];
                history.RemoveLast();
                if (history.IsEmpty)
                {
                    _histories.Remove(name);
                }
            }
        }

        /// <summary>Keeps for good every application added so far, which can then no longer be taken back (once a document is read).</summary>
        public void Settle() => _added.Clear();

        /// <summary>Returns true when <paramref name="entry"/> is to be judged with the run's applications, known once every record is added.</summary>
        public static bool AwaitsTheRun(DocumentEntry entry) => entry is { Request: SummaryTableMail, JudgedWith: null };

        /// <summary>Returns <paramref name="entry"/> as it is judged once every record of the run is added: a mail given without applications of its own is reconciled with the run's.</summary>
        public DocumentEntry Complete(DocumentEntry entry) =>
            AwaitsTheRun(entry) && _applications.Count > 0 ? entry with { JudgedWith = _applications } : entry;
    }
}
