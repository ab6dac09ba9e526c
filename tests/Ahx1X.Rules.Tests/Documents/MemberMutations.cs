using Newtonsoft.Json.Linq;

namespace Ahx1X.Rules.Tests.Documents;

/// <summary>Copies of a document with one member missing: each member but <c>id</c>, <c>kind</c> and <c>$schema</c>, first set to null, then removed.</summary>
internal static class MemberMutations
{
    /// <summary>Yields, for each member of <paramref name="original"/> in document order, its path and the two copies without it.</summary>
    public static IEnumerable<(string Path, JObject Mutated)> Of(JObject original)
    {
        foreach (var leaf in original.Descendants().OfType<JProperty>().Where(p => p.Name is not ("id" or "kind" or "$schema")).ToList())
        {
            foreach (var remove in new[] { false, true })
            {
                var mutated = (JObject)original.DeepClone();
                var target = (JProperty)mutated.SelectToken(leaf.Path)!.Parent!;
                if (remove)
                {
                    target.Remove();
                }
                else
                {
                    target.Value = JValue.CreateNull();
                }

                yield return (leaf.Path, mutated);
            }
        }
    }
}
