using System.Reflection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Ahx1X.Rules.Hosting;

/// <summary>
/// Refuses keys of the bound configuration section that no option reads, so that a misspelt key, or an
/// option configuration cannot set (such as a catalogue object), stops the host instead of being ignored.
/// </summary>
internal sealed class ConfigurationKeysValidator(IConfiguration section) : IValidateOptions<Ahx1XRulesOptions>
{
    /// <summary>What to set instead of keys people are likely to try.</summary>
    private static readonly Dictionary<string, string> Instead = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Catalogue"] = "to judge against a catalogue file, set CataloguePath to its path",
        ["Engine:Catalogue"] = "to judge against a catalogue file, set CataloguePath to its path",
        ["Explain"] = "set Engine:Explain",
        ["Clock"] = "register a NodaTime IClock in the container",
        ["Engine:Clock"] = "register a NodaTime IClock in the container",
    };

    /// <summary>Every key configuration can set, such as <c>Engine:Explain</c>.</summary>
    private static readonly HashSet<string> Known = new(KeysOf(typeof(Ahx1XRulesOptions), ""), StringComparer.OrdinalIgnoreCase);

    public ValidateOptionsResult Validate(string? name, Ahx1XRulesOptions options)
    {
        if (name != Options.DefaultName)
        {
            return ValidateOptionsResult.Skip;
        }

        var problems = new List<string>();
        Check(section, "", problems);
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    /// <summary>Returns the keys of the properties configuration can set: text, numbers, flags and enums, and those of get-only option objects.</summary>
    internal static IEnumerable<string> KeysOf(Type type, string prefix)
    {
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var valueType = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            if (valueType == typeof(string) || valueType.IsPrimitive || valueType.IsEnum || valueType == typeof(decimal))
            {
                if (property.SetMethod?.IsPublic == true)
                {
                    yield return prefix + property.Name;
                }
            }
            else if (property.SetMethod is null && valueType.IsClass && valueType.GetConstructor(Type.EmptyTypes) is not null)
            {
                foreach (var key in KeysOf(valueType, prefix + property.Name + ":"))
                {
                    yield return key;
                }
            }
        }
    }

    private static void Check(IConfiguration configuration, string prefix, List<string> problems)
    {
        foreach (var child in configuration.GetChildren())
        {
            var key = prefix + child.Key;
            var nested = Known.Any(k => k.StartsWith(key + ":", StringComparison.OrdinalIgnoreCase));
            if (nested)
            {
                Check(child, key + ":", problems);
            }
            else if (!Known.Contains(key) || child.GetChildren().Any())
            {
                var what = Instead.TryGetValue(key, out var instead) ? instead : "the keys read are " + string.Join(", ", Known.Select(k => k));
                problems.Add($"Configuration key {child.Path} is not an option Ahx1X.Rules.Hosting reads, so it would be ignored; {what}.");
            }
        }
    }
}
