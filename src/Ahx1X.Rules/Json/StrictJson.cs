using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Numerics;
using System.Text;
using Ahx1X.Rules.Diagnostics;
using Newtonsoft.Json;

namespace Ahx1X.Rules.Json;

/// <summary>
/// Reads JSON text exactly as RFC 8259 defines it, as the tokens the tree builder and the
/// document reader take: no comments, trailing commas, single quotes, unquoted names, leading
/// zeros, hex, NaN or Infinity, raw control characters in strings, nothing after the value, no
/// member twice in one object, no nesting past <see cref="MaxNesting"/>, and no number too long
/// to hold. Each token's position is where it starts, as an editor puts the cursor, and each
/// problem points at the start of the offending token, with its JSON path. The text is read
/// from a <see cref="TextReader"/> as the tokens are taken, so a long document is never held
/// whole. A problem the scan can go on past (a duplicate member, a number out of range) is
/// added and the reading goes on, so every one is listed; <see cref="Refused"/> then says the
/// text is not to be used. A syntax error ends the reading with <see cref="Refusal"/>.
/// </summary>
internal sealed class StrictJson : JsonReader, IJsonLineInfo
{
    /// <summary>The deepest nesting of arrays and objects accepted; the root counts as one.</summary>
    public const int MaxNesting = 64;

    /// <summary>The longest number token accepted: far beyond any value a rule reads, short enough to convert cheaply.</summary>
    public const int MaxNumberLength = 100;

    private const string NotJson = "The file is not valid JSON: ";

    // The longest string shared, and how many: names and codes, not free text; unique ids fill it no further.
    private const int MaxShared = 32;
    private const int MaxSharedCount = 4096;

    private readonly TextWindow _text;
    private readonly string _file;
    private readonly ProblemList _problems;
    private readonly List<Frame> _frames = [];
    private readonly IEnumerator<JsonToken> _tokens;
    private readonly Dictionary<string, string> _shared = new(StringComparer.Ordinal);

    // Booleans boxed once.
    private static readonly object True = true;
    private static readonly object False = false;
    private int _at;
    private bool _refused;
    private int _line = 1;
    private int _lineStart;
    private object? _tokenValue;
    private int _tokenLine;
    private int _tokenColumn;

    /// <summary>Reads <paramref name="text"/>, adding its problems to <paramref name="problems"/> as <paramref name="file"/>'s.</summary>
    public StrictJson(TextReader text, string file, ProblemList problems)
    {
        _text = new TextWindow(text);
        _file = file;
        _problems = problems;
        _tokens = Document().GetEnumerator();
        DateParseHandling = DateParseHandling.None;
        FloatParseHandling = FloatParseHandling.Decimal;
        // The scan holds nesting to MaxNesting itself, with a located problem.
        MaxDepth = null;
    }

    /// <summary>Gets whether a problem was found: the text, even read to its end, is not to be used.</summary>
    public bool Refused => _refused;

    /// <inheritdoc />
    public override bool Read()
    {
        if (!_tokens.MoveNext())
        {
            return false;
        }

        SetToken(_tokens.Current, _tokenValue);
        return true;
    }

    /// <summary>Reads the rest of the text, so every problem in it is found and nothing follows the value.</summary>
    /// <exception cref="Refusal">The text holds a syntax error, added to the problems.</exception>
    public void ReadToEnd()
    {
        while (Read())
        {
        }
    }

    bool IJsonLineInfo.HasLineInfo() => true;

    int IJsonLineInfo.LineNumber => _tokenLine;

    int IJsonLineInfo.LinePosition => _tokenColumn;

    /// <summary>Sets the token about to be returned, starting at <paramref name="at"/>.</summary>
    private JsonToken Token(JsonToken type, object? value, int at)
    {
        _tokenValue = value;
        (_tokenLine, _tokenColumn) = Position(at);
        return type;
    }

    private IEnumerable<JsonToken> Document()
    {
        // A byte-order mark is tolerated: editors on Windows add one.
        if (_text.Has(0) && _text[0] == '\uFEFF')
        {
            _at = _lineStart = 1;
        }

        SkipWhitespace();
        if (!_text.Has(_at))
        {
            _refused = true;
            _problems.Add(new Problem(ProblemCodes.Syntax, _file, "", 0, 0, null,
                NotJson + "it holds no JSON value. Write the document as one JSON object."));
            throw new Refusal();
        }

        foreach (var token in AnyValue())
        {
            yield return token;
        }

        SkipWhitespace();
        if (_text.Has(_at))
        {
            RefuseKnown(_at);
            Fail(_at, _text[_at] == '\0'
                ? "a NUL byte follows the end of the JSON value; remove everything after the last closing bracket."
                : $"{Found(_at)} follows the end of the JSON value; a file holds one JSON value, so remove what comes after it.");
        }
    }

    private IEnumerable<JsonToken> AnyValue()
    {
        if (!AtContainer())
        {
            yield return Primitive();
            yield break;
        }

        foreach (var token in _text[_at] == '{' ? Object() : Array())
        {
            yield return token;
        }
    }

    /// <summary>Returns true when the value that starts here is an object or an array, whose tokens come one by one.</summary>
    private bool AtContainer()
    {
        // Nothing before a value is looked at again: the text before it can go.
        _text.Release(_lineStart < _at ? _lineStart : _at);
        return Peek("a value") is '{' or '[';
    }

    /// <summary>Reads a string, number, true, false or null: one token, read without an enumerator of its own.</summary>
    private JsonToken Primitive()
    {
        var start = _at;
        switch (_text[_at])
        {
            case '"':
                var text = String(start);
                return Token(JsonToken.String, text, start);
            case '-' or (>= '0' and <= '9'):
                var (type, number) = Number();
                return Token(type, number, start);
            case 't':
                Literal("true");
                return Token(JsonToken.Boolean, True, start);
            case 'f':
                Literal("false");
                return Token(JsonToken.Boolean, False, start);
            case 'n':
                Literal("null");
                return Token(JsonToken.Null, null, start);
            default:
                Unexpected(_at, "a value");
                return JsonToken.None;
        }
    }

    private IEnumerable<JsonToken> Object()
    {
        var start = _at;
        Open(start, isObject: true);
        yield return Token(JsonToken.StartObject, null, start);
        _at++;
        SkipWhitespace();
        if (Peek("a member name or '}'") == '}')
        {
            yield return Close(JsonToken.EndObject);
            yield break;
        }

        while (true)
        {
            var nameAt = _at;
            if (Peek("a member name in double quotes") != '"')
            {
                Unexpected(_at, "a member name in double quotes");
            }

            var name = String(nameAt);
            var frame = _frames[^1];
            frame.Name = name;
            var place = Position(nameAt);
            if (!frame.Names.TryAdd(name, place))
            {
                var (line, column) = frame.Names[name];
                Report(ProblemCodes.Syntax, nameAt,
                    $"{NotJson}the member \"{ProblemList.Cut(name)}\" already exists in this object (first at line {line}, column {column}). Readers disagree on which one counts: keep one.");
            }

            yield return Token(JsonToken.PropertyName, name, nameAt);
            SkipWhitespace();
            if (Peek("':' after the member name") != ':')
            {
                Unexpected(_at, "':' after the member name");
            }

            _at++;
            SkipWhitespace();
            if (!AtContainer())
            {
                yield return Primitive();
            }
            else
            {
                foreach (var token in AnyValue())
                {
                    yield return token;
                }
            }

            SkipWhitespace();
            var next = Peek("',' or '}'");
            if (next == '}')
            {
                yield return Close(JsonToken.EndObject);
                yield break;
            }

            if (next != ',')
            {
                Unexpected(_at, "',' or '}'");
            }

            var comma = Position(_at);
            _at++;
            SkipWhitespace();
            if (_text.Has(_at) && _text[_at] == '}')
            {
                Fail(comma, "a trailing comma closes this object; remove the comma after the last member.");
            }
        }
    }

    private IEnumerable<JsonToken> Array()
    {
        var start = _at;
        Open(start, isObject: false);
        yield return Token(JsonToken.StartArray, null, start);
        _at++;
        SkipWhitespace();
        if (Peek("a value or ']'") == ']')
        {
            yield return Close(JsonToken.EndArray);
            yield break;
        }

        while (true)
        {
            if (!AtContainer())
            {
                yield return Primitive();
            }
            else
            {
                foreach (var token in AnyValue())
                {
                    yield return token;
                }
            }

            SkipWhitespace();
            var next = Peek("',' or ']'");
            if (next == ']')
            {
                yield return Close(JsonToken.EndArray);
                yield break;
            }

            if (next != ',')
            {
                Unexpected(_at, "',' or ']'");
            }

            var comma = Position(_at);
            _at++;
            _frames[^1].Index++;
            SkipWhitespace();
            if (_text.Has(_at) && _text[_at] == ']')
            {
                Fail(comma, "a trailing comma closes this array; remove the comma after the last item.");
            }
        }
    }

    /// <summary>Ends the object or array whose closing bracket is at the current position.</summary>
    private JsonToken Close(JsonToken type)
    {
        var token = Token(type, null, _at);
        _at++;
        _frames.RemoveAt(_frames.Count - 1);
        return token;
    }

    private void Open(int at, bool isObject)
    {
        if (_frames.Count == MaxNesting)
        {
            Fail(at, $"arrays and objects nest more than {MaxNesting} levels deep; at most {MaxNesting} levels are allowed. Flatten the data.");
        }

        _frames.Add(new Frame(isObject));
    }

    /// <summary>Reads a string token from its opening quote and returns its value.</summary>
    private string String(int start)
    {
        _at = start + 1;
        StringBuilder? value = null;
        var run = _at;
        while (true)
        {
            if (!_text.Has(_at))
            {
                Fail(start, "this string is never closed; end it with a double quote (\").");
            }

            var c = _text[_at];
            if (c == '"')
            {
                // Most strings hold no escape: taken in one piece.
                var text = value is null ? Shared(_text.Span(run, _at - run)) : value.Append(_text.Span(run, _at - run)).ToString();
                _at++;
                return text;
            }

            if (c < ' ')
            {
                Fail(_at, $"the string holds a raw control character U+{(int)c:X4}{ControlName(c)}; write it escaped as \\u{(int)c:x4}, or remove it.");
            }

            if (c != '\\')
            {
                _at++;
                continue;
            }

            value ??= new StringBuilder();
            value.Append(_text.Span(run, _at - run));
            var escape = _at;
            var e = _text.Has(_at + 1) ? _text[_at + 1] : '\0';
            switch (e)
            {
                case '"' or '\\' or '/':
                    value.Append(e);
                    break;
                case 'b':
                    value.Append('\b');
                    break;
                case 'f':
                    value.Append('\f');
                    break;
                case 'n':
                    value.Append('\n');
                    break;
                case 'r':
                    value.Append('\r');
                    break;
                case 't':
                    value.Append('\t');
                    break;
                case 'u' when _text.Span(escape + 2, 4) is { Length: 4 } hex
                    && hex.IndexOfAnyExcept("0123456789abcdefABCDEF") < 0
                    && int.TryParse(hex, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code):
                    value.Append((char)code);
                    _at += 4;
                    break;
                default:
                    Fail(escape, "this backslash does not start a JSON escape; use \\\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t or \\u followed by four hex digits.");
                    break;
            }

            _at += 2;
            run = _at;
        }
    }

    /// <summary>Reads a number token: an integer as a long (or a big integer past a long's range), anything else as a decimal.</summary>
    private (JsonToken Type, object Value) Number()
    {
        var start = _at;
        if (_text[_at] == '-')
        {
            _at++;
        }

        if (Is(_at, '0'))
        {
            _at++;
            if (Is(_at, 'x') || Is(_at, 'X'))
            {
                Fail(start, "hexadecimal numbers (0x…) are not JSON; write the number in decimal.");
            }

            if (_text.Has(_at) && char.IsAsciiDigit(_text[_at]))
            {
                var end = _at;
                while (_text.Has(end) && char.IsAsciiDigit(_text[end]))
                {
                    end++;
                }

                Fail(start, $"the number {ProblemList.Cut(_text.Slice(start, end))} starts with 0, which JSON does not allow (and some readers take as octal); write it without leading zeros.");
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

        var isInteger = true;
        if (Is(_at, '.'))
        {
            _at++;
            isInteger = false;
            if (!Digits())
            {
                Fail(start, "a decimal point must be followed by digits; write a number such as 1.0.");
            }
        }

        if (Is(_at, 'e') || Is(_at, 'E'))
        {
            _at++;
            if (Is(_at, '+') || Is(_at, '-'))
            {
                _at++;
            }

            if (!Digits())
            {
                Fail(start, "an exponent must be followed by digits; write a number such as 1e3.");
            }

            isInteger = false;
        }

        var length = _at - start;
        var token = _text.Span(start, length);
        decimal fraction = 0;
        if (length > MaxNumberLength
            || (!isInteger && !decimal.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out fraction)))
        {
            var shown = length > MaxNumberLength ? $"{_text.Span(start, 40)}… ({length} characters long)" : _text.Slice(start, _at);
            Report(ProblemCodes.InvalidValue, start,
                $"The number {shown} is out of range: no value read from these files needs more than {MaxNumberLength} characters or more than 28 significant digits. Write the intended value.");
            // The text is refused; the reading goes on only to find its other problems.
            return (JsonToken.Integer, 0L);
        }

        if (!isInteger)
        {
            return (JsonToken.Float, fraction);
        }

        return long.TryParse(token, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole)
            ? (JsonToken.Integer, whole)
            : (JsonToken.Integer, BigInteger.Parse(token, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture));
    }

    /// <summary>
    /// Returns the string of <paramref name="chars"/>, one instance for each short text seen: member
    /// names and values such as certificate codes and cities repeat in every record, and records
    /// kept for judging then share them.
    /// </summary>
    private string Shared(ReadOnlySpan<char> chars)
    {
        if (chars.Length > MaxShared)
        {
            return chars.ToString();
        }

        var lookup = _shared.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(chars, out var known))
        {
            return known;
        }

        var text = chars.ToString();
        if (_shared.Count < MaxSharedCount)
        {
            _shared.Add(text, text);
        }

        return text;
    }

    private bool Is(int at, char c) => _text.Has(at) && _text[at] == c;

    private bool Digits()
    {
        var start = _at;
        while (_text.Has(_at) && char.IsAsciiDigit(_text[_at]))
        {
            _at++;
        }

        return _at > start;
    }

    private void Literal(string literal)
    {
        if (!StartsWith(_at, literal) || (_text.Has(_at + literal.Length) && IsWordChar(_text[_at + literal.Length])))
        {
            Unexpected(_at, "a value");
        }

        _at += literal.Length;
    }

    /// <summary>Skips whitespace, counting lines: outside whitespace, JSON text holds no line break.</summary>
    private void SkipWhitespace()
    {
        while (_text.Has(_at))
        {
            switch (_text[_at])
            {
                case ' ' or '\t':
                    break;
                case '\n':
                    NewLine(_at + 1);
                    break;
                case '\r':
                    // The tree reader counts \n, \r\n and a lone \r as line ends.
                    if (!Is(_at + 1, '\n'))
                    {
                        NewLine(_at + 1);
                    }

                    break;
                default:
                    return;
            }

            _at++;
        }
    }

    private void NewLine(int start)
    {
        _line++;
        _lineStart = start;
    }

    /// <summary>Returns the next character, refusing a text that ends before it.</summary>
    private char Peek(string expected)
    {
        if (!_text.Has(_at))
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
        if (c == '/' && (Is(at + 1, '/') || Is(at + 1, '*')))
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
        while (_text.Has(end) && (IsWordChar(_text[end]) || _text[end] == '$'))
        {
            end++;
        }

        return _text.Slice(at, Math.Max(end, at + 1));
    }

    private bool StartsWith(int at, string literal) =>
        _text.Span(at, literal.Length).SequenceEqual(literal);

    /// <summary>Adds a problem the scan can continue past, such as a duplicate member or an out-of-range number.</summary>
    private void Report(string code, int at, string message) => Report(code, Position(at), message);

    private void Report(string code, (int Line, int Column) place, string message)
    {
        _refused = true;
        if (_problems.IsFull(_file))
        {
            _problems.Add(new Problem(code, _file, "", 0, 0, null, message));
            return;
        }

        _problems.Add(new Problem(code, _file, PathHere(), place.Line, place.Column, null, message));
    }

    /// <summary>Adds a syntax problem and stops the scan.</summary>
    [DoesNotReturn]
    private void Fail(int at, string message) => Fail(Position(at), message);

    [DoesNotReturn]
    private void Fail((int Line, int Column) place, string message)
    {
        Report(ProblemCodes.Syntax, place, NotJson + message);
        throw new Refusal();
    }

    /// <summary>Returns the 1-based line and column (in UTF-16 units) of <paramref name="at"/>, on the line being read.</summary>
    private (int Line, int Column) Position(int at) => (_line, at - _lineStart + 1);

    /// <summary>Returns the JSON path of the value being read, written as the tree reader writes paths.</summary>
    private string PathHere()
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

    /// <summary>Ends a reading at a syntax error, which was added to the problems where it was found.</summary>
    internal sealed class Refusal : Exception;
}
