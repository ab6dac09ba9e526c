using Microsoft.Extensions.Options;

namespace Ahx1X.Rules.Hosting;

/// <summary>Checks <see cref="Ahx1XRulesOptions"/> once and reports every problem together.</summary>
internal sealed class Ahx1XRulesOptionsValidator : IValidateOptions<Ahx1XRulesOptions>
{
    public ValidateOptionsResult Validate(string? name, Ahx1XRulesOptions options)
    {
        var problems = new List<string>();
        if (options.RulesFolder is { } folder)
        {
            if (string.IsNullOrWhiteSpace(folder))
            {
                problems.Add("RulesFolder is empty; set it to a rules folder, or leave it null to serve the embedded pack.");
            }
            else if (!Directory.Exists(folder))
            {
                problems.Add($"RulesFolder \"{folder}\" does not exist (full path {Path.GetFullPath(folder)}); check the path.");
            }
        }
        else if (options.Reload)
        {
            problems.Add("Reload is true but RulesFolder is not set; the embedded pack cannot change. Set RulesFolder, or Reload to false.");
        }

        if (!Enum.IsDefined(options.Language))
        {
            problems.Add($"Language {(int)options.Language} is not a language messages are written in; use Language.Chinese or Language.English.");
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
