using Ahx1X.Rules.Diagnostics;
using Ahx1X.Rules.Model;
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

        if (options.CataloguePath is { } path)
        {
            problems.AddRange(CatalogueProblems(path));
            if (options.Engine.Catalogue is not null)
            {
                problems.Add("Both CataloguePath and Engine.Catalogue are set; set one, so that it is clear which catalogue verdicts are made against.");
            }
        }

        if (!Enum.IsDefined(options.Language))
        {
            problems.Add($"Language {(int)options.Language} is not a language messages are written in; use Language.Chinese or Language.English.");
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    /// <summary>Loads the catalogue file as the engine will, so that a missing or broken one stops the host with its located problems.</summary>
    private static IEnumerable<string> CatalogueProblems(string path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            return ["CataloguePath is empty; set it to a catalogue.json, or leave it null to judge against the edition's sample catalogue."];
        }

        if (!File.Exists(path))
        {
            return [$"CataloguePath \"{path}\" does not exist (full path {Path.GetFullPath(path)}); check the path."];
        }

        try
        {
            _ = Catalogue.Load(path);
            return [];
        }
        catch (DocumentException ex)
        {
            return ex.Problems.Select(p => $"CataloguePath: {p}");
        }
    }
}
