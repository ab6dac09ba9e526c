using Ahx1X.Rules.Diagnostics;
using Newtonsoft.Json.Linq;

namespace Ahx1X.Rules.Json;

/// <summary>
/// Collects every problem found in one pass so callers see them all at once, keeping at most
/// <see cref="MaxPerFile"/> per file and then one problem saying how many more there were: a
/// hostile file cannot make refusing it cost more than reading it.
/// </summary>
internal sealed class ProblemList
{
    /// <summary>The most problems listed for one file; the rest are counted.</summary>
    public const int MaxPerFile = 1000;

    /// <summary>The most characters of a value or name echoed in a message.</summary>
    public const int MaxEcho = 200;

    private readonly List<Problem> _items = [];
    private readonly Dictionary<string, int> _listed = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (Problem First, int Count)> _omitted = new(StringComparer.Ordinal);
    private List<Problem>? _withOmitted;

    /// <summary>Gets the problems listed, then for each file past the cap one problem counting the rest.</summary>
    public IReadOnlyList<Problem> Items => _omitted.Count == 0 ? _items : _withOmitted ??= [.. _items, .. _omitted.Values.Select(Omitted)];

    public bool HasAny => _items.Count > 0;

    /// <summary>Returns true when <paramref name="file"/> has its fill of problems: more are only counted.</summary>
    public bool IsFull(string file) => _listed.TryGetValue(file, out var count) && count >= MaxPerFile;

    public void Add(string code, string file, JToken? at, string message, string? subject = null)
    {
        if (IsFull(file))
        {
            Count(new Problem(code, file, "", 0, 0, subject, message));
            return;
        }

        var (line, column) = at is null ? (0, 0) : TokenStart.Of(at);
        Add(new Problem(
            code,
            file,
            at is null ? "" : JsonPaths.Of(at),
            line,
            column,
            subject,
            message));
    }

    public void Add(Problem problem)
    {
        if (IsFull(problem.File))
        {
            Count(problem);
            return;
        }

        _listed[problem.File] = _listed.GetValueOrDefault(problem.File) + 1;
        _items.Add(problem);
        _withOmitted = null;
    }

    public void AddRange(IEnumerable<Problem> problems)
    {
        foreach (var problem in problems)
        {
            Add(problem);
        }
    }

    /// <summary>Cuts <paramref name="text"/> to <see cref="MaxEcho"/> characters, saying how long it was.</summary>
    public static string Cut(string text) =>
        text.Length <= MaxEcho ? text : $"{text.AsSpan(0, MaxEcho)}… ({text.Length} characters)";

    /// <summary>Returns the path segment of a member name as the tree reader writes it: <c>.name</c>, or <c>['a b']</c> when it needs quoting.</summary>
    public static string PathSegment(string name) =>
        name.AsSpan().IndexOfAny(".[]() '\"/\\\t\n\r\f\b\u0085\u2028\u2029") < 0 && name.Length > 0
            ? "." + name
            : $"['{name.Replace("'", "\\'", StringComparison.Ordinal)}']";

    private void Count(Problem problem)
    {
        _omitted[problem.File] = _omitted.TryGetValue(problem.File, out var omitted) ? (omitted.First, omitted.Count + 1) : (problem, 1);
        _withOmitted = null;
    }

    private static Problem Omitted((Problem First, int Count) omitted) => omitted.First with
    {
        JsonPath = "",
        Line = 0,
        Column = 0,
        Subject = null,
        Message = $"…and {omitted.Count} more problem{(omitted.Count == 1 ? "" : "s")} in this file, not listed: only the first {MaxPerFile} are. Fix those and check the file again.",
    };
}
