using Ahx1X.Rules.Diagnostics;
using Ahx1X.Rules.Model;

namespace Ahx1X.Rules.Steps;

/// <summary>
/// Collects what is wrong with a typed request, each at its member path, with the same problem
/// codes documents get, so a portal handles both ways in alike.
/// </summary>
internal sealed class RequestProblems
{
    private readonly List<Problem> _items = [];

    // Cities noted at their paths; the edition's list, which names the valid ones, is known only after the year is checked.
    private readonly List<(string Path, string City)> _cities = [];

    public IReadOnlyList<Problem> Items => _items;

    /// <summary>Says what is wrong with an institution both not registered and registered on a date.</summary>
    public const string NotRegisteredButDated =
        "\"registered\" is false, yet \"registeredOn\" gives a registration date; leave out the date, or set \"registered\" to true.";

    public void Add(string code, string path, string message) =>
        _items.Add(new Problem(code, "request", path, 0, 0, null, message));

    public void Year(string path, int year)
    {
        if (year < Bounds.Year.Min || year > Bounds.Year.Max)
        {
            Add(ProblemCodes.InvalidValue, path, $"{path} is {year}; it must be between {Bounds.Year.Min} and {Bounds.Year.Max}.");
        }
    }

    public void Candidates(string path, int? candidates)
    {
        if (candidates is { } value && (value < Bounds.Candidates.Min || value > Bounds.Candidates.Max))
        {
            Add(ProblemCodes.InvalidValue, path, $"{path} is {value}; it must be between {Bounds.Candidates.Min} and {Bounds.Candidates.Max}.");
        }
    }

    public void Date(string path, NodaTime.LocalDate? date)
    {
        if (date is { } value && (value < Bounds.Dates.Min || value > Bounds.Dates.Max))
        {
            Add(ProblemCodes.InvalidValue, path,
                $"{path} is {Text.Format.Date(value)}; it must be between {Text.Format.Date(Bounds.Dates.Min)} and {Text.Format.Date(Bounds.Dates.Max)}.");
        }
    }

    public void Moment(string path, Model.Moment? moment) => Date(path, moment?.Date);

    public void Name(string path, string? name, bool required)
    {
        if (name is null ? required : string.IsNullOrWhiteSpace(name))
        {
            Add(name is null ? ProblemCodes.MissingMember : ProblemCodes.InvalidValue, path, $"{path} must be a non-empty text.");
        }
    }

    /// <summary>Checks that a city, when given, is a non-empty text, and notes it for <see cref="ThrowForUnknownCities"/>.</summary>
    public void City(string path, string? city)
    {
        Name(path, city, required: false);
        if (!string.IsNullOrWhiteSpace(city))
        {
            _cities.Add((path, city));
        }
    }

    /// <summary>Refuses every noted city outside the edition's <paramref name="cities"/>, naming it; an empty list checks none.</summary>
    /// <exception cref="InvalidRequestException">A city is not one of <paramref name="cities"/>.</exception>
    public void ThrowForUnknownCities(IReadOnlyList<string> cities)
    {
        if (cities.Count == 0)
        {
            return;
        }

        var unknown = _cities.Where(c => !cities.Contains(c.City, StringComparer.Ordinal))
            .Select(c => new Problem(ProblemCodes.InvalidValue, "request", c.Path, 0, 0, null, UnknownCity(c.Path, c.City, cities)))
            .ToList();
        if (unknown.Count > 0)
        {
            throw new InvalidRequestException(unknown);
        }
    }

    /// <summary>Says that <paramref name="city"/> at <paramref name="path"/> is not a city of the edition, and which are.</summary>
    public static string UnknownCity(string path, string city, IReadOnlyList<string> cities) =>
        $"{path} is \"{city}\", which is not a city of the notice; use one of {string.Join("、", cities)}.";

    public void Rows(string path, IReadOnlyList<SummaryTableRow>? rows)
    {
        if (rows is null)
        {
            return;
        }

        if (rows.Count > Bounds.Records)
        {
            Add(ProblemCodes.InvalidValue, path, $"{path} has {rows.Count} items; at most {Bounds.Records} are allowed.");
            return;
        }

        for (var i = 0; i < rows.Count; i++)
        {
            Present($"{path}[{i}]", rows[i]);
            Name($"{path}[{i}].institution", rows[i]?.Institution, required: true);
            Name($"{path}[{i}].certificate", rows[i]?.CertificateCode, required: true);
            Defined($"{path}[{i}].level", rows[i]?.Level);
            Candidates($"{path}[{i}].candidates", rows[i]?.Candidates);
        }
    }

    public void Names(string path, IReadOnlyList<string>? names)
    {
        if (names is null)
        {
            return;
        }

        if (names.Count > Bounds.ListItems)
        {
            Add(ProblemCodes.InvalidValue, path, $"{path} has {names.Count} items; at most {Bounds.ListItems} are allowed.");
        }

        for (var i = 0; i < names.Count && i < Bounds.ListItems; i++)
        {
            Name($"{path}[{i}]", names[i], required: true);
        }
    }

    public void Defined<TEnum>(string path, TEnum? value)
        where TEnum : struct, Enum
    {
        if (value is { } v && !Enum.IsDefined(v))
        {
            Add(ProblemCodes.InvalidValue, path,
                $"{path} is {Convert.ToInt64(v, System.Globalization.CultureInfo.InvariantCulture)}, which is not a {typeof(TEnum).Name}; use one of {string.Join(", ", Enum.GetNames<TEnum>())}.");
        }
    }

    public void Present(string path, object? value)
    {
        if (value is null)
        {
            Add(ProblemCodes.MissingMember, path, $"{path} is required.");
        }
    }

    public void Institution(string path, Institution? institution)
    {
        Present(path, institution);
        if (institution is null)
        {
            return;
        }

        Name(path + ".name", institution.Name, required: true);
        Defined(path + ".kind", institution.Kind);
        City(path + ".city", institution.City);
        Date(path + ".registeredOn", institution.RegisteredOn);
        if (institution is { Registered: false, RegisteredOn: not null })
        {
            Add(ProblemCodes.InconsistentParameters, path + ".registered", NotRegisteredButDated);
        }

        Names(path + ".majorsOffered", institution.MajorsOffered);
        Date(path + ".officeMeetingApprovedOn", institution.OfficeMeetingApprovedOn);
    }

    public void Application(string path, Application? application)
    {
        Present(path, application);
        if (application is null)
        {
            return;
        }

        Year(path + ".year", application.Year);
        Name(path + ".certificate", application.CertificateCode, required: true);
        Defined(path + ".level", application.Level);
        Names(path + ".assessedMajors", application.AssessedMajors);
        Candidates(path + ".candidates", application.Candidates);
        Defined(path + ".season", application.Season);
        Moment(path + ".submittedAt", application.SubmittedAt);
    }

    public void Plan(string path, ExamPlan? plan)
    {
        Present(path, plan);
        if (plan is null)
        {
            return;
        }

        Name(path + ".certificate", plan.CertificateCode, required: true);
        Defined(path + ".level", plan.Level);
        Names(path + ".assessedMajors", plan.AssessedMajors);
        Candidates(path + ".candidates", plan.Candidates);
    }
}
