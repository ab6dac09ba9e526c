namespace Ahx1X.Rules.Model;

/// <summary>
/// Set tests that rule expressions may call, such as
/// <c>Sets.AllIn(application.AssessedMajors, institution.MajorsOffered)</c>. They are pure, and
/// cost no delegate per call as a lambda inside <c>All(...)</c> would.
/// </summary>
public static class Sets
{
    /// <summary>Returns true when every item of <paramref name="items"/> is in <paramref name="set"/> (ordinal comparison); true for no items.</summary>
    /// <param name="items">The items to look for.</param>
    /// <param name="set">Where to look.</param>
    public static bool AllIn(IReadOnlyList<string> items, IReadOnlyList<string> set)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(set);
        for (var i = 0; i < items.Count; i++)
        {
            if (!Contains(set, items[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Returns the items of <paramref name="items"/> that are not in <paramref name="set"/>, in order, for messages.</summary>
    /// <param name="items">The items to look for.</param>
    /// <param name="set">Where to look.</param>
    public static IReadOnlyList<string> NotIn(IReadOnlyList<string> items, IReadOnlyList<string> set)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(set);
        return items.Where(item => !Contains(set, item)).ToArray();
    }

    private static bool Contains(IReadOnlyList<string> set, string item)
    {
        for (var i = 0; i < set.Count; i++)
        {
            if (string.Equals(set[i], item, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
