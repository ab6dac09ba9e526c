using System.Runtime.CompilerServices;
using Ahx1X.Rules.Diagnostics;
using Ahx1X.Rules.Model;

namespace Ahx1X.Rules.Steps;

/// <summary>
/// Collects what is wrong with a typed request, each at its member path, with the same problem
/// codes documents get, so a portal handles both ways in alike.
/// </summary>
internal sealed class RequestProblems
{
    // Both lists are made at their first entry: a request in bounds allocates neither.
    private List<Problem>? _items;

    // Cities noted at their paths; the edition's list, which names the valid ones, is known only
    // after the year is checked. Most requests name one city, kept in a field; a list holds the rest.
    private (MemberPath Path, string City)? _firstCity;
    private List<(MemberPath Path, string City)>? _moreCities;

    public IReadOnlyList<Problem> Items => (IReadOnlyList<Problem>?)_items ?? [];

    /// <summary>Gets whether any problem was added.</summary>
    public bool HasAny => _items is not null;

    // One collector per thread, emptied before each request: checking a request in bounds allocates nothing.
    [ThreadStatic]
    private static RequestProblems? t_current;

    /// <summary>Returns this thread's collector, emptied; valid until the thread checks its next request.</summary>
    public static RequestProblems ForThisThread()
    {
        var problems = t_current ??= new RequestProblems();
        problems._items = null;
        problems._firstCity = null;
        problems._moreCities = null;
        return problems;
    }

    /// <summary>Says what is wrong with an institution both not registered and registered on a date.</summary>
    public const string NotRegisteredButDated =
        "\"registered\" is false, yet \"registeredOn\" gives a registration date; leave out the date, or set \"registered\" to true.";

    public void Add(string code, MemberPath path, string message) =>
        (_items ??= []).Add(new Problem(code, "request", path.ToString(), 0, 0, null, message));

    // The checks below are inlined where they are called, so a value in bounds costs its test alone;
    // the text of a problem is built out of line, only when there is one.

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Year(MemberPath path, int year)
    {
        if (year < Bounds.Year.Min || year > Bounds.Year.Max)
        {
            YearOut(path, year);
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void YearOut(MemberPath path, int year) =>
        Add(ProblemCodes.InvalidValue, path, $"{path} is {year}; it must be between {Bounds.Year.Min} and {Bounds.Year.Max}.");

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Candidates(MemberPath path, int? candidates)
    {
        if (candidates is { } value && (value < Bounds.Candidates.Min || value > Bounds.Candidates.Max))
        {
            CandidatesOut(path, value);
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void CandidatesOut(MemberPath path, int value) =>
        Add(ProblemCodes.InvalidValue, path, $"{path} is {value}; it must be between {Bounds.Candidates.Min} and {Bounds.Candidates.Max}.");

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Date(MemberPath path, NodaTime.LocalDate? date)
    {
        if (date is { } value && !InDateBounds(value))
        {
            DateOut(path, value);
        }
    }

    // The bounds are whole years, so an ISO date (every date a reader makes) is tested by its year
    // alone; a date of another calendar is compared as before.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool InDateBounds(NodaTime.LocalDate value) =>
        ReferenceEquals(value.Calendar, NodaTime.CalendarSystem.Iso)
            ? (uint)(value.Year - Bounds.DateYears.Min) <= (uint)(Bounds.DateYears.Max - Bounds.DateYears.Min)
            : value >= Bounds.Dates.Min && value <= Bounds.Dates.Max;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void DateOut(MemberPath path, NodaTime.LocalDate value) =>
        Add(ProblemCodes.InvalidValue, path,
            $"{path} is {Text.Format.Date(value)}; it must be between {Text.Format.Date(Bounds.Dates.Min)} and {Text.Format.Date(Bounds.Dates.Max)}.");

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Moment(MemberPath path, Model.Moment? moment)
    {
        if (moment is not null)
        {
            Date(path, moment.Date);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Name(MemberPath path, string? name, bool required)
    {
        if (name is null ? required : IsBlank(name))
        {
            NameOut(path, name);
        }
    }

    /// <summary>
    /// Returns <c>string.IsNullOrWhiteSpace(text)</c> for a text that is not null. A name almost always starts with a
    /// letter, a digit or an ideograph, none of which is white space (every white space character is below U+0021,
    /// from U+0085 to U+3000, or U+3000 itself), so the first character answers at once; any other asks the full test.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsBlank(string text) =>
        text.Length == 0 || (!((uint)(text[0] - 0x21) < 0x85 - 0x21 || text[0] > '\u3000') && string.IsNullOrWhiteSpace(text));

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void NameOut(MemberPath path, string? name) =>
        Add(name is null ? ProblemCodes.MissingMember : ProblemCodes.InvalidValue, path, $"{path} must be a non-empty text.");

    /// <summary>Checks that a city, when given, is a non-empty text, and notes it for <see cref="ThrowForUnknownCities"/>.</summary>
    public void City(MemberPath path, string? city)
    {
        Name(path, city, required: false);
        if (city is not null && !IsBlank(city))
        {
            if (_firstCity is null)
            {
                _firstCity = (path, city);
            }
            else
            {
                (_moreCities ??= []).Add((path, city));
            }
        }
    }

    /// <summary>Refuses every noted city outside the edition's <paramref name="cities"/>, naming it; an empty list checks none.</summary>
    /// <exception cref="InvalidRequestException">A city is not one of <paramref name="cities"/>.</exception>
    public void ThrowForUnknownCities(string[] cities)
    {
        // Most requests name one city, and a known one: that costs one lookup, with no copy of the noted path.
        if (_firstCity is null || cities.Length == 0 || (_moreCities is null && Contains(cities, _firstCity.GetValueOrDefault().City)))
        {
            return;
        }

        RefuseUnknownCities(cities);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void RefuseUnknownCities(string[] cities)
    {
        if (_firstCity is not { } first)
        {
            return;
        }

        List<Problem>? unknown = null;
        Refuse(first);
        for (var i = 0; i < (_moreCities?.Count ?? 0); i++)
        {
            Refuse(_moreCities![i]);
        }

        if (unknown is not null)
        {
            throw new InvalidRequestException(unknown);
        }

        void Refuse((MemberPath Path, string City) noted)
        {
            if (!Contains(cities, noted.City))
            {
                (unknown ??= []).Add(new Problem(ProblemCodes.InvalidValue, "request", noted.Path.ToString(), 0, 0, null, UnknownCity(noted.Path.ToString(), noted.City, cities)));
            }
        }
    }

    // A loop rather than LINQ: this runs for every request that names a city.
    private static bool Contains(string[] cities, string city)
    {
        for (var i = 0; i < cities.Length; i++)
        {
            if (string.Equals(cities[i], city, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
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

    public void Names(MemberPath path, IReadOnlyList<string>? names)
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
            Name(path.Item(i), names[i], required: true);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Defined<TEnum>(MemberPath path, TEnum? value)
        where TEnum : struct, Enum
    {
        if (value is { } v && !DefinedValues<TEnum>.Contain(v))
        {
            DefinedOut(path, v);
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void DefinedOut<TEnum>(MemberPath path, TEnum v)
        where TEnum : struct, Enum =>
        Add(ProblemCodes.InvalidValue, path,
            $"{path} is {Convert.ToInt64(v, System.Globalization.CultureInfo.InvariantCulture)}, which is not a {typeof(TEnum).Name}; use one of {string.Join(", ", Enum.GetNames<TEnum>())}.");

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Present(MemberPath path, object? value)
    {
        if (value is null)
        {
            PresentOut(path);
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void PresentOut(MemberPath path) => Add(ProblemCodes.MissingMember, path, $"{path} is required.");

    public void Institution(string path, Institution? institution)
    {
        Present(path, institution);
        if (institution is null)
        {
            return;
        }

        Name(new(path, "name"), institution.Name, required: true);
        Defined(new(path, "kind"), institution.Kind);
        City(new(path, "city"), institution.City);
        Date(new(path, "registeredOn"), institution.RegisteredOn);
        if (institution is { Registered: false, RegisteredOn: not null })
        {
            Add(ProblemCodes.InconsistentParameters, new MemberPath(path, "registered"), NotRegisteredButDated);
        }

        Names(new(path, "majorsOffered"), institution.MajorsOffered);
        Date(new(path, "officeMeetingApprovedOn"), institution.OfficeMeetingApprovedOn);
    }

    public void Application(string path, Application? application)
    {
        Present(path, application);
        if (application is null)
        {
            return;
        }

        Year(new(path, "year"), application.Year);
        Name(new(path, "certificate"), application.CertificateCode, required: true);
        Defined(new(path, "level"), application.Level);
        Names(new(path, "assessedMajors"), application.AssessedMajors);
        Candidates(new(path, "candidates"), application.Candidates);
        Defined(new(path, "season"), application.Season);
        Moment(new(path, "submittedAt"), application.SubmittedAt);
    }

    public void Plan(string path, ExamPlan? plan)
    {
        Present(path, plan);
        if (plan is null)
        {
            return;
        }

        Name(new(path, "certificate"), plan.CertificateCode, required: true);
        Defined(new(path, "level"), plan.Level);
        Names(new(path, "assessedMajors"), plan.AssessedMajors);
        Candidates(new(path, "candidates"), plan.Candidates);
    }

    /// <summary>
    /// Tells whether a value is one <typeparamref name="TEnum"/> defines: by range when its values are
    /// consecutive ints, as every enum of the model's are, otherwise through <see cref="Enum.IsDefined{TEnum}(TEnum)"/>.
    /// </summary>
    private static class DefinedValues<TEnum>
        where TEnum : struct, Enum
    {
        private static readonly bool Consecutive;
        private static readonly int First;
        private static readonly uint Span;

        static DefinedValues()
        {
            if (Enum.GetUnderlyingType(typeof(TEnum)) != typeof(int))
            {
                return;
            }

            var values = Enum.GetValuesAsUnderlyingType<TEnum>().Cast<int>().Distinct().Order().ToArray();
            if (values.Length > 0 && (long)values[^1] - values[0] == values.Length - 1)
            {
                Consecutive = true;
                First = values[0];
                Span = (uint)(values[^1] - values[0]);
            }
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static bool Contain(TEnum value) =>
            Consecutive ? (uint)(Unsafe.As<TEnum, int>(ref value) - First) <= Span : Enum.IsDefined(value);
    }
}
