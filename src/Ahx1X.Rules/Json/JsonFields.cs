using Ahx1X.Rules.Diagnostics;
using Newtonsoft.Json.Linq;
using NodaTime;

namespace Ahx1X.Rules.Json;

/// <summary>
/// Reads the members of one JSON object by name, checking types and recording every problem
/// with its position instead of stopping at the first. Members never asked for are reported
/// as unknown by <see cref="RejectUnknown"/>, so a misspelt member never passes silently.
/// </summary>
internal sealed class JsonFields
{
    // The names asked for: a few per object, so a list, which costs less to make than a set.
    private readonly List<string> _read = ["$schema"];

    // The members still in the text, for the root of a document read as a stream; null when the object is whole.
    private readonly PendingMembers? _pending;

    public JsonFields(JObject obj, string file, ProblemList problems, string? subject = null)
    {
        Object = obj;
        File = file;
        Problems = problems;
        Subject = subject;
    }

    /// <summary>Reads the object <paramref name="pending"/> holds member by member, as they are asked for.</summary>
    public JsonFields(PendingMembers pending, string file, ProblemList problems)
        : this(pending.Object, file, problems)
    {
        _pending = pending;
    }

    public JObject Object { get; }

    public string File { get; }

    public ProblemList Problems { get; }

    public string? Subject { get; set; }

    /// <summary>Wraps <paramref name="token"/> when it is an object; otherwise reports it and returns null.</summary>
    public static JsonFields? Of(JToken? token, string file, ProblemList problems, string what, string? subject = null)
    {
        if (token is JObject obj)
        {
            return new JsonFields(obj, file, problems, subject);
        }

        if (token is null)
        {
            // Nothing to read: the syntax error or missing member was reported where it was found.
            return null;
        }

        problems.Add(ProblemCodes.InvalidValue, file, token, $"Expected {what} as a JSON object, found {Describe(token)}.", subject);
        return null;
    }

    public JToken? Token(string name, bool required)
    {
        Asked(name);
        _pending?.ReadUntil(name);
        var token = Object.Property(name, StringComparison.Ordinal)?.Value;
        if (token is null)
        {
            if (required)
            {
                Problems.Add(ProblemCodes.MissingMember, File, Object, $"Missing required member \"{name}\"; add it.", Subject);
            }

            return null;
        }

        if (token.Type == JTokenType.Null)
        {
            if (required)
            {
                Problems.Add(ProblemCodes.MissingMember, File, token, $"\"{name}\" is required and cannot be null.", Subject);
            }

            return null;
        }

        return token;
    }

    public string? String(string name, bool required = false, bool allowEmpty = false)
    {
        var token = Token(name, required);
        if (token is null)
        {
            return null;
        }

        if (token.Type != JTokenType.String)
        {
            return Wrong<string>(token, name, "a string");
        }

        var value = (string)token!;
        if (!allowEmpty && string.IsNullOrWhiteSpace(value))
        {
            return Wrong<string>(token, name, "a non-empty string");
        }

        return value;
    }

    public int? Int(string name, bool required = false, int min = int.MinValue, int max = int.MaxValue)
    {
        var token = Token(name, required);
        if (token is null)
        {
            return null;
        }

        if (token.Type != JTokenType.Integer)
        {
            return WrongValue<int>(token, name, "a whole number");
        }

        // Json.NET holds integers as long, or as BigInteger when they overflow a long.
        var big = ((JValue)token).Value switch
        {
            System.Numerics.BigInteger b => b,
            var v => new System.Numerics.BigInteger(Convert.ToInt64(v, System.Globalization.CultureInfo.InvariantCulture)),
        };
        if (big < min || big > max)
        {
            Problems.Add(ProblemCodes.InvalidValue, File, token, $"\"{name}\" is {ProblemList.Cut(big.ToString(System.Globalization.CultureInfo.InvariantCulture))}; it must be between {min} and {max}.", Subject);
            return null;
        }

        return (int)big;
    }

    public decimal? Decimal(string name, bool required = false, decimal min = decimal.MinValue, decimal max = decimal.MaxValue)
    {
        var token = Token(name, required);
        if (token is null)
        {
            return null;
        }

        if (token.Type is not (JTokenType.Integer or JTokenType.Float))
        {
            return WrongValue<decimal>(token, name, "a number");
        }

        decimal value;
        try
        {
            value = token.Value<decimal>();
        }
        catch (OverflowException)
        {
            return WrongValue<decimal>(token, name, $"a number between {min} and {max}");
        }

        if (value < min || value > max)
        {
            Problems.Add(ProblemCodes.InvalidValue, File, token, $"\"{name}\" is {value}; it must be between {min} and {max}.", Subject);
            return null;
        }

        return value;
    }

    public bool? Bool(string name, bool required = false)
    {
        var token = Token(name, required);
        if (token is null)
        {
            return null;
        }

        return token.Type == JTokenType.Boolean ? (bool)token : WrongValue<bool>(token, name, "true or false");
    }

    public LocalDate? Date(string name, bool required = false, LocalDate? min = null, LocalDate? max = null)
    {
        var token = Token(name, required);
        if (token is null)
        {
            return null;
        }

        if (token.Type == JTokenType.String && Text.IsoDate.Parse((string)token!) is { } parsed)
        {
            return InRange(token, name, parsed, min, max) ? parsed : null;
        }

        return WrongValue<LocalDate>(token, name, "a calendar date written yyyy-MM-dd (such as \"2024-03-22\"), with no time or time zone");
    }

    /// <summary>Reads a string member that <paramref name="parse"/> turns into a value; anything else is refused as not <paramref name="expected"/>.</summary>
    public T? Parsed<T>(string name, Func<string, T?> parse, string expected, bool required = false)
        where T : class
    {
        var token = Token(name, required);
        if (token is null)
        {
            return null;
        }

        return token.Type == JTokenType.String && parse((string)token!) is { } value ? value : Wrong<T>(token, name, expected);
    }

    /// <summary>Reports the date read from member <paramref name="name"/> when it lies outside <paramref name="min"/>..<paramref name="max"/>; true when inside.</summary>
    public bool DateWithin(string name, LocalDate date, LocalDate min, LocalDate max) => InRange(Object[name]!, name, date, min, max);

    /// <summary>Reports a date outside <paramref name="min"/>..<paramref name="max"/>; true when it is inside or there are no bounds.</summary>
    private bool InRange(JToken token, string name, LocalDate date, LocalDate? min, LocalDate? max)
    {
        if ((min is { } low && date < low) || (max is { } high && date > high))
        {
            Problems.Add(ProblemCodes.InvalidValue, File, token,
                $"\"{name}\" is {Text.Format.Date(date)}; it must be between {Text.Format.Date(min ?? date)} and {Text.Format.Date(max ?? date)}. Check the year.", Subject);
            return false;
        }

        return true;
    }

    public T? Enum<T>(string name, IReadOnlyDictionary<string, T> values, bool required = false)
        where T : struct =>
        Choose(name, values, required, out var value) ? value : null;

    /// <summary>Reads a string naming one of <paramref name="values"/>, such as a document's kind.</summary>
    public T? Choice<T>(string name, IReadOnlyDictionary<string, T> values, bool required = false)
        where T : class =>
        Choose(name, values, required, out var value) ? value : null;

    private bool Choose<T>(string name, IReadOnlyDictionary<string, T> values, bool required, out T value)
    {
        value = default!;
        var token = Token(name, required);
        if (token is null)
        {
            return false;
        }

        if (token.Type == JTokenType.String && values.TryGetValue((string)token!, out value!))
        {
            return true;
        }

        Refuse(token, name, "one of " + string.Join(", ", values.Keys.Select(k => $"\"{k}\"")));
        return false;
    }

    public JArray? Array(string name, bool required = false, int maxItems = 100_000)
    {
        var token = Token(name, required);
        if (token is null)
        {
            return null;
        }

        if (token is not JArray array)
        {
            return Wrong<JArray>(token, name, "an array");
        }

        if (array.Count > maxItems)
        {
            Problems.Add(ProblemCodes.InvalidValue, File, token, $"\"{name}\" has {array.Count} items; at most {maxItems} are allowed.", Subject);
            return null;
        }

        return array;
    }

    /// <summary>
    /// Returns the items of the array member <paramref name="name"/>, as <see cref="Array"/> checks it;
    /// in a document read as a stream, taken from the text one at a time, none held.
    /// </summary>
    public RecordItems Items(string name, bool required = false, int maxItems = 100_000)
    {
        Asked(name);
        return _pending?.Stream(name) is { } streamed
            ? new RecordItems(streamed, maxItems, this, name)
            : new RecordItems(Array(name, required, maxItems) ?? [], maxItems, this, name);
    }

    /// <summary>Returns true when the object has a member <paramref name="name"/>, reading on to it when it is still in the text.</summary>
    public bool Has(string name)
    {
        _pending?.ReadUntil(name);
        return Object.ContainsKey(name);
    }

    public IReadOnlyList<string>? StringArray(string name, bool required = false, int maxItems = 1000)
    {
        var array = Array(name, required, maxItems);
        if (array is null)
        {
            return null;
        }

        var items = new List<string>(array.Count);
        foreach (var item in array)
        {
            if (item.Type == JTokenType.String && !string.IsNullOrWhiteSpace((string)item!))
            {
                items.Add((string)item!);
            }
            else
            {
                Problems.Add(ProblemCodes.InvalidValue, File, item, $"Each item of \"{name}\" must be a non-empty string, found {Describe(item)}.", Subject);
            }
        }

        return items.Count == array.Count ? items : null;
    }

    public JsonFields? Child(string name, bool required = false)
    {
        var token = Token(name, required);
        return token is null ? null : Of(token, File, Problems, $"\"{name}\"", Subject);
    }

    private void Asked(string name)
    {
        if (!_read.Contains(name))
        {
            _read.Add(name);
        }
    }

    /// <summary>Reports every member of the object that was never read.</summary>
    public void RejectUnknown()
    {
        _pending?.ReadAll();
        foreach (var property in Object.Properties())
        {
            if (_read.Contains(property.Name))
            {
                continue;
            }

            if (Problems.IsFull(File))
            {
                // Past the cap a problem is only counted: spare the suggestion, which costs the most.
                Problems.Add(ProblemCodes.UnknownMember, File, null, "", Subject);
                continue;
            }

            var suggestion = Suggest(property.Name, _read);
            var hint = suggestion is null
                ? $"Known members here: {string.Join(", ", _read.Where(n => n != "$schema").Order(StringComparer.Ordinal))}."
                : $"Did you mean \"{suggestion}\"?";
            Problems.Add(ProblemCodes.UnknownMember, File, property, $"Unknown member \"{ProblemList.Cut(property.Name)}\". {hint}", Subject);
        }
    }

    public static string Describe(JToken? token) => token?.Type switch
    {
        null => "nothing",
        JTokenType.Null => "null",
        JTokenType.String => $"the string \"{Truncate((string)token!)}\"",
        JTokenType.Integer or JTokenType.Float => $"the number {ProblemList.Cut(token.ToString())}",
        JTokenType.Boolean => $"the value {token.ToString().ToLowerInvariant()}",
        JTokenType.Array => "an array",
        JTokenType.Object => "an object",
        var other => other.ToString()!.ToLowerInvariant(),
    };

    private static string Truncate(string text) => text.Length <= 40 ? text : text[..40] + "…";

    private T? Wrong<T>(JToken token, string name, string expected)
        where T : class
    {
        Refuse(token, name, expected);
        return null;
    }

    private T? WrongValue<T>(JToken token, string name, string expected)
        where T : struct
    {
        Refuse(token, name, expected);
        return null;
    }

    /// <summary>Reports a member whose value is not what it must be.</summary>
    private void Refuse(JToken token, string name, string expected) =>
        Problems.Add(ProblemCodes.InvalidValue, File, token, $"\"{name}\" must be {expected}, found {Describe(token)}.", Subject);

    private static string? Suggest(string name, IEnumerable<string> known) =>
        known.Where(k => k != "$schema")
            // Lengths further apart than the distance allowed cannot match: a huge name costs nothing.
            .Where(k => Math.Abs(k.Length - name.Length) <= Math.Max(2, k.Length / 4))
            .Select(k => (k, d: Distance(name.ToLowerInvariant(), k.ToLowerInvariant())))
            .Where(x => x.d <= Math.Max(2, x.k.Length / 4))
            .OrderBy(x => x.d)
            .Select(x => x.k)
            .FirstOrDefault();

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
