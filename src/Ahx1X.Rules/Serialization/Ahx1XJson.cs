using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Ahx1X.Rules.Diagnostics;
using Ahx1X.Rules.Model;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace Ahx1X.Rules.Serialization;

/// <summary>
/// The System.Text.Json contract of the library's requests and results: camelCase members, enums
/// by the names documents write, dates as ISO text (<c>2024-04-02</c>, <c>2024-04</c>), a
/// <see cref="Moment"/> as a date or an offset date-time, each receipt field once. Reading is
/// as strict as documents: unknown and duplicate members, missing required members, nulls where
/// none is allowed and numbers written as strings are refused, each at its JSON path.
/// </summary>
public static class Ahx1XJson
{
    /// <summary>Gets read-only options configured for the contract, for <see cref="JsonSerializer"/> calls of your own.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>
    /// Configures <paramref name="options"/> for the library's requests and results, keeping its
    /// other settings, such as ASP.NET Core's in
    /// <c>builder.Services.ConfigureHttpJsonOptions(o =&gt; o.SerializerOptions.ConfigureForAhx1X())</c>.
    /// </summary>
    /// <param name="options">Options not yet used to serialize anything.</param>
    /// <returns>The same <paramref name="options"/>, for chaining.</returns>
    public static JsonSerializerOptions ConfigureForAhx1X(this JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.PropertyNameCaseInsensitive = false;
        options.NumberHandling = JsonNumberHandling.Strict;
        options.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        options.AllowDuplicateProperties = false;
        options.RespectNullableAnnotations = true;
        options.RespectRequiredConstructorParameters = true;
        options.DefaultIgnoreCondition = JsonIgnoreCondition.Never;

        // Converters added first win over the ones NodaTime adds and over the generic enum converter.
        options.Converters.Add(new MomentJsonConverter());
        options.Converters.Add(new MailRecipientJsonConverter());
        options.Converters.Add(new NamedEnumJsonConverter<Season>(Vocabularies.Season.ByWire));
        options.Converters.Add(new NamedEnumJsonConverter<CertificateLevel>(Vocabularies.Level.ByWire));
        options.Converters.Add(new NamedEnumJsonConverter<InstitutionKind>(Vocabularies.InstitutionKind.ByWire));
        options.Converters.Add(new NamedEnumJsonConverter<SenderKind>(Vocabularies.SenderKind.ByWire));
        options.Converters.Add(new CamelCaseEnumJsonConverter());
        options.ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);

        options.TypeInfoResolver = options.TypeInfoResolver is { } resolver
            ? resolver.WithAddedModifier(ContractShape.Apply)
            : new DefaultJsonTypeInfoResolver { Modifiers = { ContractShape.Apply } };
        return options;
    }

    /// <summary>
    /// Returns the problem a refusal of the contract stands for, as a document's problem would be:
    /// the code (<see cref="ProblemCodes.Syntax"/>, <see cref="ProblemCodes.UnknownMember"/>,
    /// <see cref="ProblemCodes.MissingMember"/>, <see cref="ProblemCodes.Duplicate"/> or
    /// <see cref="ProblemCodes.InvalidValue"/>), the JSON path of the member, its line and column
    /// (1-based), and what to write instead.
    /// </summary>
    /// <param name="exception">The exception a read with these options threw.</param>
    /// <param name="source">What was read, such as <c>body</c>; the problem's <see cref="Problem.File"/>.</param>
    /// <returns>The problem, one line with <see cref="Problem.ToString"/>.</returns>
    public static Problem ProblemOf(JsonException exception, string source)
    {
        ArgumentNullException.ThrowIfNull(exception);
        ArgumentNullException.ThrowIfNull(source);
        return JsonProblems.Of(exception, source);
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions().ConfigureForAhx1X();
        options.MakeReadOnly();
        return options;
    }
}
