namespace Ahx1X.Rules.Model;

/// <summary>
/// Holds the steps one kind of institution's applications pass through, as the edition sets them
/// (三.2: secondary vocational schools through their city bureau, universities and colleges straight
/// to the province). The rules and the calendar read this one source.
/// </summary>
public sealed class InstitutionRoute
{
    /// <summary>Creates a route.</summary>
    /// <param name="kind">The kind of institution.</param>
    /// <param name="steps">The steps, in order: the application first and the provincial review last.</param>
    /// <exception cref="ArgumentException"><paramref name="steps"/> does not start with the application, end with the provincial review, or keep the steps' order.</exception>
    public InstitutionRoute(InstitutionKind kind, IReadOnlyList<RouteStep> steps)
    {
        ArgumentNullException.ThrowIfNull(steps);
        if (!IsOrdered(steps))
        {
            throw new ArgumentException(OrderRule, nameof(steps));
        }

        Kind = kind;
        Steps = [.. steps];
        ReviewedByCity = Steps.Contains(RouteStep.CityReview);
    }

    /// <summary>Says what an ordered route is, for the constructor and the pack reader alike.</summary>
    internal const string OrderRule =
        "A route starts with \"application\", ends with \"provincialReview\" and names each step once, in the order application, cityReview, provincialReview.";

    /// <summary>Gets the kind of institution.</summary>
    public InstitutionKind Kind { get; }

    /// <summary>Gets the steps, in order.</summary>
    public IReadOnlyList<RouteStep> Steps { get; }

    /// <summary>Gets whether the kind's applications are reviewed first by the institution's own city bureau, to which it then also sends its summary table (四).</summary>
    public bool ReviewedByCity { get; }

    /// <summary>Returns true when <paramref name="steps"/> start with the application, end with the provincial review, and go forward.</summary>
    internal static bool IsOrdered(IReadOnlyList<RouteStep> steps)
    {
        if (steps.Count < 2 || steps[0] != RouteStep.Application || steps[^1] != RouteStep.ProvincialReview)
        {
            return false;
        }

        for (var i = 1; i < steps.Count; i++)
        {
            if (steps[i] <= steps[i - 1])
            {
                return false;
            }
        }

        return true;
    }
}
