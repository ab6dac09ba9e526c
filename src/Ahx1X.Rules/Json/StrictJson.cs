using System.Globalization;
using System.Text;
using Ahx1X.Rules.Diagnostics;

namespace Ahx1X.Rules.Json;

/// <summary>
/// Checks that a text is JSON exactly as RFC 8259 defines it, before the lenient tree reader
/// sees it: no comments, trailing commas, single quotes, unquoted names, leading zeros, hex,
/// NaN or Infinity, raw control characters in strings, nothing after the value, no member
/// twice in one object, no nesting past <see cref="MaxDepth"/>, and no number too long to
/// hold. Each problem points at the start of the offending token, with its JSON path.
/// </summary>
internal sealed class StrictJson
{
    /// <summary>The deepest nesting of arrays and objects accepted; the root counts as one.</summary>
    public const int MaxDepth = 64;

    /// <summary>The longest number token accepted: far beyond any value a rule reads, short enough to convert cheaply.</summary>
    public const int MaxNumberLength = 100;

    private const string NotJson = "The file is not valid JSON: ";

    private readonly string _text;
    private readonly string _file;
    private readonly ProblemList _problems;
    private readonly List<Frame> _frames = [];
    private int _at;
    private bool _refused;
    private int _counted;
    private int _line = 1;
    private int _lineStart;

    private StrictJson(string text, string file, ProblemList problems)
    {
        _text = text;
        _file = file;
        _problems = problems;
    }

    /// <summary>Returns true when <paramref name="text"/> is strict JSON; otherwise adds its problems and returns false.</summary>
    public static bool Check(string text, string file, ProblemList problems)
    {
        var check = new StrictJson(text, file, problems);
        try
        {
            check.Document();
        }
        catch (Refusal)
        {
            // The syntax problem was added where it was found; nothing after it can be read reliably.
        }

        return !check._refused;
    }

    private void Document()
    {
        SkipWhitespace();
        if (_at == _text.Length)
        {
            _refused = true;
            _problems.Add(new Problem(ProblemCodes.Syntax, _file, "", 0, 0, null,
                NotJson + "it holds no JSON value. Write the document as one JSON object."));
            return;
        }

        Value();
        SkipWhitespace();
        if (_at < _text.Length)
        {
            RefuseKnown(_at);
            Fail(_at, _text[_at] == '\0'
                ? "a NUL byte follows the end of the JSON value; remove everything after the last closing bracket."
                : $"{Found(_at)} follows the end of the JSON value; a file holds one JSON value, so remove what comes after it.");
        }
    }

    private void Value()
    {
        var c = Peek("a value");
        switch (c)
        {
            case '{':
                Object();
                break;
            case '[':
                Array();
                break;
            case '"':
                String(_at, keep: false);
                break;
            case '-' or (>= '0' and <= '9'):
                Number();
                break;
            case 't':
                Literal("true");
                break;
            case 'f':
                Literal("false");
                break;
            case 'n':
                Literal("null");
                break;
            default:
                Unexpected(_at, "a value");
                break;
        }
    }

    private void Object()
    {
        var start = _at;
        Open(start, isObject: true);
        _at++;
        SkipWhitespace();
        if (Peek("a member name or '}'") == '}')
        {
            _at++;
            _frames.RemoveAt(_frames.Count - 1);
            return;
        }

        while (true)
        {
            var nameAt = _at;
            if (Peek("a member name in double quotes") != '"')
            {
                Unexpected(_at, "a member name in double quotes");
            }

            var name = String(nameAt, keep: true)!;
            var frame = _frames[^1];
            frame.Name = name;
            if (!frame.Names.TryAdd(name, Position(nameAt)))
            {
                var (line, column) = frame.Names[name];
                Report(ProblemCodes.Syntax, nameAt,
                    $"{NotJson}the member \"{ProblemList.Cut(name)}\" already exists in this object (first at line {line}, column {column}). Readers disagree on which one counts: keep one.");
            }

            SkipWhitespace();
            if (Peek("':' after the member name") != ':')
            {
                Unexpected(_at, "':' after the member name");
            }

            _at++;
            SkipWhitespace();
            Value();
            SkipWhitespace();
            var next = Peek("',' or '}'");
            if (next == '}')
            {
                _at++;
                _frames.RemoveAt(_frames.Count - 1);
                return;
            }

            if (next != ',')
            {
                Unexpected(_at, "',' or '}'");
            }

            var comma = _at;
            _at++;
            SkipWhitespace();
            if (_at < _text.Length && _text[_at] == '}')
            {
                Fail(comma, "a trailing comma closes this object; remove the comma after the last member.");
            }
        }
    }

    private void Array()
    {
        Open(_at, isObject: false);
        _at++;
        SkipWhitespace();
        if (Peek("a value or ']'") == ']')
        {
            _at++;
            _frames.RemoveAt(_frames.Count - 1);
            return;
        }

        while (true)
        {
            Value();
            SkipWhitespace();
            var next = Peek("',' or ']'");
            if (next == ']')
            {
                _at++;
                _frames.RemoveAt(_frames.Count - 1);
                return;
            }

            if (next != ',')
            {
                Unexpected(_at, "',' or ']'");
            }

            var comma = _at;
            _at++;
            _frames[^1].Index++;
            SkipWhitespace();
            if (_at < _text.Length && _text[_at] == ']')
            {
                Fail(comma, "a trailing comma closes this array; remove the comma after the last item.");
            }
        }
    }

    private void Open(int at, bool isObject)
    {
        if (_frames.Count == MaxDepth)
        {
            Fail(at, $"arrays and objects nest more than {MaxDepth} levels deep; at most {MaxDepth} levels are allowed. Flatten the data.");
        }

        _frames.Add(new Frame(isObject));
    }

    /// <summary>Reads a string token from its opening quote; returns its value when <paramref name="keep"/> is set.</summary>
    private string? String(int start, bool keep)
    {
        _at = start + 1;
        var value = keep ? new StringBuilder() : null;
        while (true)
        {
            if (_at == _text.Length)
            {
                Fail(start, "this string is never closed; end it with a double quote (\").");
            }

            var c = _text[_at];
            if (c == '"')
            {
                _at++;
                return value?.ToString();
            }

            if (c < ' ')
            {
                Fail(_at, $"the string holds a raw control character U+{(int)c:X4}{ControlName(c)}; write it escaped as \\u{(int)c:x4}, or remove it.");
            }

            if (c != '\\')
            {
                value?.Append(c);
                _at++;
                continue;
            }

            var escape = _at;
            var e = _at + 1 < _text.Length ? _text[_at + 1] : '\0';
            switch (e)
            {
                case '"' or '\\' or '/':
                    value?.Append(e);
                    break;
                case 'b':
                    value?.Append('\b');
                    break;
                case 'f':
                    value?.Append('\f');
                    break;
                case 'n':
                    value?.Append('\n');
                    break;
                case 'r':
                    value?.Append('\r');
                    break;
                case 't':
                    value?.Append('\t');
                    break;
                case 'u' when escape + 6 <= _text.Length
                    && int.TryParse(_text.AsSpan(escape + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code)
                    && _text.AsSpan(escape + 2, 4).IndexOfAnyExcept("0123456789abcdefABCDEF") < 0:
                    value?.Append((char)code);
                    _at += 4;
                    break;
                default:
                    Fail(escape, "this backslash does not start a JSON escape; use \\\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t or \\u followed by four hex digits.");
                    break;
            }

            _at += 2;
        }
    }

    private void Number()
    {
        var start = _at;
        if (_text[_at] == '-')
        {
            _at++;
        }

        if (_at < _text.Length && _text[_at] == '0')
        {
            _at++;
            if (_at < _text.Length && _text[_at] is 'x' or 'X')
            {
                Fail(start, "hexadecimal numbers (0x…) are not JSON; write the number in decimal.");
            }

            if (_at < _text.Length && char.IsAsciiDigit(_text[_at]))
            {
                var end = _at;
                while (end < _text.Length && char.IsAsciiDigit(_text[end]))
                {
                    end++;
                }

                Fail(start, $"the number {ProblemList.Cut(_text[start..end])} starts with 0, which JSON does not allow (and some readers take as octal); write it without leading zeros.");
            }
        }
        else if (!Digits())
        {
            if (StartsWith(_at, "Infinity"))
            {
                Fail(start, "-Infinity is not a JSON number; write a finite number.");
            }

            Fail(start, "a minus sign must be followed by digits; write a number such as -1.");
        }

        if (_at < _text.Length && _text[_at] == '.')
        {
            _at++;
            if (!Digits())
            {
                Fail(start, "a decimal point must be followed by digits; write a number such as 1.0.");
            }
        }

        var isInteger = true;
        if (_at < _text.Length && _text[_at] is 'e' or 'E')
        {
            _at++;
            if (_at < _text.Length && _text[_at] is '+' or '-')
            {
                _at++;
            }

            if (!Digits())
            {
                Fail(start, "an exponent must be followed by digits; write a number such as 1e3.");
            }

            isInteger = false;
        }

        isInteger &= _text.AsSpan(start, _at - start).IndexOf('.') < 0;
        var length = _at - start;
        if (length > MaxNumberLength
            || (!isInteger && !decimal.TryParse(_text.AsSpan(start, length), NumberStyles.Float, CultureInfo.InvariantCulture, out _)))
        {
            var shown = length > MaxNumberLength ? $"{_text.AsSpan(start, 40)}… ({length} characters long)" : Token(start);
            Report(ProblemCodes.InvalidValue, start,
                $"The number {shown} is out of range: no value read from these files needs more than {MaxNumberLength} characters or more than 28 significant digits. Write the intended value.");
        }
    }

    private bool Digits()
    {
        var start = _at;
        while (_at < _text.Length && char.IsAsciiDigit(_text[_at]))
        {
            _at++;
        }

        return _at > start;
    }

    private void Literal(string literal)
    {
        if (!StartsWith(_at, literal) || (_at + literal.Length < _text.Length && IsWordChar(_text[_at + literal.Length])))
        {
            Unexpected(_at, "a value");
        }

        _at += literal.Length;
    }

    private void SkipWhitespace()
    {
        while (_at < _text.Length && _text[_at] is ' ' or '\t' or '\n' or '\r')
        {
            _at++;
        }
    }

    /// <summary>Returns the next character, refusing a text that ends before it.</summary>
    private char Peek(string expected)
    {
        if (_at == _text.Length)
        {
            Fail(_at, $"the text ends where {expected} was expected; the file is cut short. Complete it or restore it.");
        }

        return _text[_at];
    }

    /// <summary>Refuses the character at <paramref name="at"/>, naming the non-standard JSON it starts when it is a known one.</summary>
    private void Unexpected(int at, string expected)
    {
        RefuseKnown(at);
        var c = _text[at];
        if (expected.StartsWith("a member name", StringComparison.Ordinal) && (IsWordChar(c) || c == '$'))
        {
            Fail(at, $"the member name {ProblemList.Cut(Word(at))} is not in double quotes; write it as \"{ProblemList.Cut(Word(at))}\".");
        }

        if (c == '}' || c == ']')
        {
            Fail(at, $"'{c}' comes where {expected} was expected; check the brackets and commas before it.");
        }

        Fail(at, $"{Found(at)} comes where {expected} was expected; fix the JSON syntax here.");
    }

    /// <summary>Refuses the non-standard JSON that starts at <paramref name="at"/>, when it is a kind people write often, saying what to write instead.</summary>
    private void RefuseKnown(int at)
    {
        var c = _text[at];
        if (c == '/' && at + 1 < _text.Length && _text[at + 1] is '/' or '*')
        {
            Fail(at, "comments are not allowed in JSON; remove the comment (a \"description\" member can hold a note where the schema allows one).");
        }

        if (c == '\'')
        {
            Fail(at, "single quotes are not JSON; put names and strings in double quotes (\").");
        }

        if (StartsWith(at, "NaN") || StartsWith(at, "Infinity"))
        {
            Fail(at, $"{Word(at)} is not a JSON number; write a finite number, or null when the value is not known.");
        }
    }

    private string Found(int at)
    {
        var c = _text[at];
        return c switch
        {
            '\0' => "a NUL byte",
            < ' ' or '\u007F' => $"the control character U+{(int)c:X4}{ControlName(c)}",
            _ when IsWordChar(c) => $"the text \"{ProblemList.Cut(Word(at))}\"",
            _ => $"'{c}'",
        };
    }

    private static string ControlName(char c) => c switch
    {
        '\0' => " (NUL)",
        '\u001B' => " (ESC)",
        '\t' => " (tab)",
        '\n' => " (line feed)",
        '\r' => " (carriage return)",
        _ => "",
    };

    private static bool IsWordChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '+' or '.';

    private string Word(int at)
    {
        var end = at;
        while (end < _text.Length && (IsWordChar(_text[end]) || _text[end] == '$'))
        {
            end++;
        }

        return _text[at..Math.Max(end, at + 1)];
    }

    private string Token(int start) => _text[start.._at];

    private bool StartsWith(int at, string literal) =>
        _text.AsSpan(at).StartsWith(literal, StringComparison.Ordinal);

    /// <summary>Adds a problem the scan can continue past, such as a duplicate member or an out-of-range number.</summary>
    private void Report(string code, int at, string message)
    {
        _refused = true;
        if (_problems.IsFull(_file))
        {
            _problems.Add(new Problem(code, _file, "", 0, 0, null, message));
            return;
        }

        var (line, column) = Position(at);
        _problems.Add(new Problem(code, _file, Path(), line, column, null, message));
    }

    /// <summary>Adds a syntax problem and stops the scan.</summary>
    private void Fail(int at, string message)
    {
        Report(ProblemCodes.Syntax, at, NotJson + message);
        throw new Refusal();
    }

    /// <summary>Returns the 1-based line and column (in UTF-16 units) of the character at <paramref name="at"/>.</summary>
    private (int Line, int Column) Position(int at)
    {
        // Problems come mostly in text order: go on from the last position asked for.
        if (at < _counted)
        {
            (_counted, _line, _lineStart) = (0, 1, 0);
        }

        for (; _counted < at; _counted++)
        {
            var c = _text[_counted];
            if (c == '\n' || (c == '\r' && (_counted + 1 == _text.Length || _text[_counted + 1] != '\n')))
            {
                _line++;
                _lineStart = _counted + 1;
            }
        }

        return (_line, at - _lineStart + 1);
    }

    /// <summary>Returns the JSON path of the value being read, written as the tree reader writes paths.</summary>
    private string Path()
    {
        var path = new StringBuilder("$");
        foreach (var frame in _frames)
        {
            if (!frame.IsObject)
            {
                path.Append('[').Append(frame.Index).Append(']');
            }
            else if (frame.Name is { } name)
            {
                path.Append(ProblemList.PathSegment(name));
            }
        }

        return path.ToString();
    }

    private sealed class Frame(bool isObject)
    {
        public bool IsObject { get; } = isObject;

        public int Index { get; set; }

        public string? Name { get; set; }

        /// <summary>Gets each member name read so far with where it starts, for duplicates.</summary>
        public Dictionary<string, (int Line, int Column)> Names { get; } = isObject ? new(StringComparer.Ordinal) : null!;
    }

    private sealed class Refusal : Exception;
}
