using System.Collections;
using Ahx1X.Rules.Diagnostics;
using Newtonsoft.Json.Linq;

namespace Ahx1X.Rules.Json;

/// <summary>
/// The items of an array of records, whole or taken from the text one at a time. An array read
/// as a stream is counted as it goes: past <c>maxItems</c> the rest is only counted, the array gets
/// the problem an array read whole gets, and <see cref="TooMany"/> tells the reader to drop the
/// records it took from it.
/// </summary>
internal sealed class RecordItems(IEnumerable<JToken> items, int maxItems, JsonFields owner, string name) : IEnumerable<JToken>
{
    /// <summary>Gets whether the array held more than the items allowed; known once it was read.</summary>
    public bool TooMany { get; private set; }

    public IEnumerator<JToken> GetEnumerator()
    {
        var count = 0;
        foreach (var item in items)
        {
            if (++count <= maxItems)
            {
                yield return item;
            }
        }

        if (count > maxItems)
        {
            TooMany = true;
            owner.Problems.Add(ProblemCodes.InvalidValue, owner.File, owner.Object[name], $"\"{name}\" has {count} items; at most {maxItems} are allowed.", owner.Subject);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
