using Ahx1X.Rules;
using Ahx1X.Rules.Hosting;
using Microsoft.Extensions.DependencyInjection.Extensions;
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
    /// Registers the policy engine: a singleton <see cref="IPolicyEngineProvider"/> over the embedded
    /// pack, or over <see cref="Ahx1XRulesOptions.RulesFolder"/> (reloaded on change when
    /// <see cref="Ahx1XRulesOptions.Reload"/> is true), and <see cref="PolicyEngine"/> as the provider's
    /// <see cref="IPolicyEngineProvider.Current"/> engine at the moment it is resolved.
    /// </summary>
    /// <remarks>
    /// <para>The pack loads when the provider is first resolved: resolve it once at start-up so that a
    /// broken rules folder stops the application there rather than at the first request.</para>
    /// <para>A NodaTime <see cref="IClock"/> registered in the container stamps each result's receipt
    /// with its date (<see cref="PolicyEngineOptions.Clock"/>); with none, receipts carry no date.</para>
    /// <para>Loads, reloads and refused packs (with every problem) are logged under the category
    /// <c>Ahx1X.Rules</c> when an <see cref="ILoggerFactory"/> is registered.</para>
    /// <para>The options are validated together when first used, and at start-up in a host; every
    /// problem is listed in one <see cref="OptionsValidationException"/>.</para>
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
    /// });
    /// </code>
    /// </example>
    public static IServiceCollection AddAhx1XRules(this IServiceCollection services, Action<Ahx1XRulesOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);

        services.AddOptions<Ahx1XRulesOptions>().Configure(configure).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<Ahx1XRulesOptions>, Ahx1XRulesOptionsValidator>());
        services.TryAddSingleton<IPolicyEngineProvider>(provider => new PolicyEngineProvider(
            provider.GetRequiredService<IOptions<Ahx1XRulesOptions>>().Value,
            provider.GetService<IClock>(),
            provider.GetService<ILoggerFactory>()?.CreateLogger(Log.Category) ?? NullLogger.Instance));

        // Transient on purpose: a singleton PolicyEngine would pin the first pack and never see a reload.
        services.TryAddTransient(provider => provider.GetRequiredService<IPolicyEngineProvider>().Current);
        return services;
    }
}
