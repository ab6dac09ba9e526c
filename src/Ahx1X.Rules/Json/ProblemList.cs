using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Ahx1X.Rules.Json;

/// <summary>Collects every problem found in one pass so callers see them all at once.</summary>
internal sealed class ProblemList
{
    private readonly List<Problem> _items = [];

    public IReadOnlyList<Problem> Items => _items;

    public bool HasAny => _items.Count > 0;

    public void Add(string code, string file, JToken? at, string message, string? subject = null)
    {
        var info = at as IJsonLineInfo;
        var hasInfo = info?.HasLineInfo() == true;
        _items.Add(new Problem(
            code,
            file,
            at is null ? "" : JsonPathOf(at),
            hasInfo ? info!.LineNumber : 0,
            hasInfo ? info!.LinePosition : 0,
            subject,
            message));
    }

    public void Add(Problem problem) => _items.Add(problem);

    public void AddRange(IEnumerable<Problem> problems) => _items.AddRange(problems);

    private static string JsonPathOf(JToken token) => token.Path.Length == 0 ? "$" : "$." + token.Path;
}
