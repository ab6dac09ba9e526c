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
        var linked = new List<DocumentEntry>();
        var applications = new List<ApplicationRequest>();
        var histories = new Dictionary<string, ApplicationHistoryIndex>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            if (entry.Request is ApplicationRequest request)
            {
                var name = request.Institution.Name.Trim();
                if (!histories.TryGetValue(name, out var history))
                {
                    histories[name] = history = new ApplicationHistoryIndex();
                }

                request = request with { EarlierApplications = history.SoFar() };
                history.Add(request.Application);
                applications.Add(request);
                linked.Add(entry with { Request = request });
            }
            else
            {
                linked.Add(entry);
            }
        }

        if (applications.Count == 0)
        {
            return linked;
        }

        for (var i = 0; i < linked.Count; i++)
        {
            if (linked[i] is { Request: SummaryTableMail, JudgedWith: null } mail)
            {
                linked[i] = mail with { JudgedWith = applications };
            }
        }

        return linked;
    }
}
