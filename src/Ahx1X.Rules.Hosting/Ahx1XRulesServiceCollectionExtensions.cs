using Ahx1X.Rules;
using Ahx1X.Rules.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NodaTime;

// In the container's namespace, as Microsoft's own Add* methods are, so that the method is found
// where services are registered without another using directive.
namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the Ahx1X policy engine in a service collection.</summary>
public static class Ahx1XRulesServiceCollectionExtensions
{
    /// <summary>Registers the policy engine over the rule pack built into the library, with the default options.</summary>
    /// <param name="services">The service collection.</param>
    /// <returns>The same service collection, for chaining.</returns>
    /// <seealso cref="AddAhx1XRules(IServiceCollection, Action{Ahx1XRulesOptions})"/>
    public static IServiceCollection AddAhx1XRules(this IServiceCollection services) => services.AddAhx1XRules(_ => { });

    /// <summary>
    /// Registers the policy engine with options bound from a configuration section, usually
    /// <c>configuration.GetSection(Ahx1XRulesOptions.SectionName)</c> (keys such as <c>Ahx1X:CataloguePath</c>).
    /// A key of the section that no option reads is a validation problem, never ignored.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="section">The configuration section holding the options.</param>
    /// <returns>The same service collection, for chaining.</returns>
    /// <seealso cref="AddAhx1XRules(IServiceCollection, IConfiguration, Action{Ahx1XRulesOptions})"/>
    public static IServiceCollection AddAhx1XRules(this IServiceCollection services, IConfiguration section) =>
        services.AddAhx1XRules(section, _ => { });

    /// <summary>
    /// Registers the policy engine with options bound from a configuration section, then set by
    /// <paramref name="configure"/> (which sees the bound values). A key of the section that no option
    /// reads is a validation problem, never ignored.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="section">The configuration section holding the options, usually <c>configuration.GetSection(Ahx1XRulesOptions.SectionName)</c>.</param>
    /// <param name="configure">Sets the options after binding.</param>
    /// <returns>The same service collection, for chaining.</returns>
    /// <example>
    /// <code>
    /// // appsettings.json: { "Ahx1X": { "RulesFolder": "rules", "CataloguePath": "catalogue.json", "Engine": { "Explain": false } } }
    /// builder.Services.AddAhx1XRules(builder.Configuration.GetSection(Ahx1XRulesOptions.SectionName), options => options.Reload = true);
    /// </code>
    /// </example>
    public static IServiceCollection AddAhx1XRules(this IServiceCollection services, IConfiguration section, Action<Ahx1XRulesOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(section);
        ArgumentNullException.ThrowIfNull(configure);

        services.AddOptions<Ahx1XRulesOptions>().Bind(section);
        services.AddSingleton<IValidateOptions<Ahx1XRulesOptions>>(new ConfigurationKeysValidator(section));
        return services.AddAhx1XRules(configure);
    }

    /// <summary>
    /// Registers the policy engine: a singleton <see cref="IPolicyEngineProvider"/> over the embedded
    /// pack, or over <see cref="Ahx1XRulesOptions.RulesFolder"/> (reloaded on change when
    /// <see cref="Ahx1XRulesOptions.Reload"/> is true), and <see cref="PolicyEngine"/> as the provider's
    /// <see cref="IPolicyEngineProvider.Current"/> engine at the moment it is resolved.
    /// </summary>
    /// <remarks>
    /// <para>In a host (<c>Microsoft.Extensions.Hosting</c>, ASP.NET Core), the options are validated, and
    /// the pack and catalogue loaded, checked and compiled, while the host starts and before it serves:
    /// invalid options, broken rules or a broken catalogue stop it with every problem. Without a host,
    /// this happens when the provider is first resolved.</para>
    /// <para>A NodaTime <see cref="IClock"/> registered in the container stamps each result's receipt
    /// with its date (<see cref="PolicyEngineOptions.Clock"/>); with none, receipts carry no date.</para>
    /// <para>Loads, reloads, refused packs (with every problem) and serving the sample catalogue (a
    /// warning) are logged under the category <c>Ahx1X.Rules</c> when an <see cref="ILoggerFactory"/> is registered.</para>
    /// <para>Every problem of the options is listed in one <see cref="OptionsValidationException"/>.</para>
    /// </remarks>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>The same service collection, for chaining.</returns>
    /// <example>
    /// <code>
    /// builder.Services.AddAhx1XRules(options =>
    /// {
    ///     options.RulesFolder = "rules";
    ///     options.Reload = true;
    ///     options.CataloguePath = "catalogue.json";
    /// });
    /// </code>
    /// </example>
    public static IServiceCollection AddAhx1XRules(this IServiceCollection services, Action<Ahx1XRulesOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);

        services.AddOptions<Ahx1XRulesOptions>().Configure(configure).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<Ahx1XRulesOptions>, Ahx1XRulesOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, PolicyEngineStartup>());
        services.TryAddSingleton<IPolicyEngineProvider>(provider => new PolicyEngineProvider(
            provider.GetRequiredService<IOptions<Ahx1XRulesOptions>>().Value,
            provider.GetService<IClock>(),
            provider.GetService<ILoggerFactory>()?.CreateLogger(Log.Category) ?? NullLogger.Instance));

        // Transient on purpose: a singleton PolicyEngine would pin the first pack and never see a reload.
        services.TryAddTransient(provider => provider.GetRequiredService<IPolicyEngineProvider>().Current);
        return services;
    }
}
