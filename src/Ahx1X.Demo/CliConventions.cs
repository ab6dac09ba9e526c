using System.CommandLine;
using System.Globalization;

namespace Ahx1X.Demo;

/// <summary>
/// The habits every command shares, applied to the whole command tree once it is built: one
/// style of metavariable (<c>&lt;DIR&gt;</c>, <c>&lt;FILE&gt;</c>, <c>&lt;N&gt;</c>, an argument's
/// name in capitals), help in Chinese or English, and "did you mean" for a misspelt word.
/// </summary>
internal static class CliConventions
{
    /// <summary>Gives every option and argument without a metavariable one by its type, and translates descriptions when <paramref name="chinese"/>.</summary>
    public static void Apply(Command root, bool chinese)
    {
        foreach (var command in Commands(root))
        {
            if (chinese)
            {
                command.Description = HelpText.Chinese(command.Description);
            }

            foreach (var option in command.Options)
            {
                if (option.ValueType != typeof(bool) && option is not (System.CommandLine.Help.HelpOption or VersionOption))
                {
                    option.HelpName ??= Metavariable(option.ValueType, option.Name);
                }

                if (chinese)
                {
                    option.Description = HelpText.Chinese(option.Description);
                }
            }

            foreach (var argument in command.Arguments)
            {
                argument.HelpName ??= argument.Name.ToUpperInvariant();
                var owner = command;
                // A misspelt option would otherwise be taken as the argument's value (lint --fromat: a folder named --fromat).
                argument.Validators.Add(result =>
                {
                    foreach (var token in result.Tokens.Where(t => t.Value.Length > 1 && t.Value.StartsWith('-')))
                    {
                        result.AddError($"Unrecognized option '{token.Value}'." + (DidYouMean(token.Value, owner) is { } meant ? $" Did you mean '{meant}'?" : ""));
                    }
                });
                if (chinese)
                {
                    argument.Description = HelpText.Chinese(argument.Description);
                }
            }
        }
    }

    /// <summary>Returns every command of the tree, the root first.</summary>
    public static IEnumerable<Command> Commands(Command root) => new[] { root }.Concat(root.Subcommands.SelectMany(Commands));

    /// <summary>Returns whether help is to be in Chinese: <c>--lang zh</c> on the command line, or else a Chinese system language.</summary>
    public static bool HelpInChinese(IReadOnlyList<string> args, CultureInfo culture)
    {
        for (var i = 0; i < args.Count; i++)
        {
            var value = args[i] == "--lang" && i + 1 < args.Count ? args[i + 1]
                : args[i].StartsWith("--lang=", StringComparison.Ordinal) || args[i].StartsWith("--lang:", StringComparison.Ordinal) ? args[i][7..]
                : null;
            if (value is not null)
            {
                return value == "zh";
            }
        }

        return culture.TwoLetterISOLanguageName == "zh";
    }

    /// <summary>Returns the command or option <paramref name="word"/> was probably meant to be, or null when none is close.</summary>
    /// <param name="word">An unrecognised word of the command line.</param>
    /// <param name="command">The command it was given to.</param>
    public static string? DidYouMean(string word, Command command)
    {
        var names = word.StartsWith('-')
            ? command.Options.Concat(command.Parents.OfType<Command>().SelectMany(p => p.Options.Where(o => o.Recursive))).SelectMany(o => o.Aliases.Prepend(o.Name))
            : command.Subcommands.Where(c => !c.Hidden).SelectMany(c => c.Aliases.Prepend(c.Name));
        var best = names.Distinct(StringComparer.Ordinal).Select(n => (Name: n, Distance: Distance(word, n))).OrderBy(c => c.Distance).ThenBy(c => c.Name, StringComparer.Ordinal).FirstOrDefault();
        return best.Name is not null && best.Distance > 0 && best.Distance <= Math.Max(1, best.Name.TrimStart('-').Length / 3) ? best.Name : null;
    }

    private static string Metavariable(Type type, string name) =>
        type == typeof(FileInfo) || type == typeof(FileInfo[]) ? "FILE"
        : type == typeof(DirectoryInfo) ? "DIR"
        : type == typeof(int) || type == typeof(int?) ? "N"
        : name.TrimStart('-').ToUpperInvariant();

    /// <summary>Returns the edit distance between two words: insertions, deletions, substitutions and swaps of neighbours.</summary>
    internal static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
