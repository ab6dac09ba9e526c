using System.Text.Json.Serialization.Metadata;
using Ahx1X.Rules.Model;

namespace Ahx1X.Rules.Serialization;

/// <summary>Shapes the contracts of the library's own types so that their JSON reads like documents, with nothing said twice.</summary>
internal static class ContractShape
{
    /// <summary>The member documents name <c>certificate</c>: a certificate code.</summary>
    private const string CertificateCode = nameof(Application.CertificateCode);

    public static void Apply(JsonTypeInfo type)
    {
        if (type.Kind != JsonTypeInfoKind.Object || type.Type.Assembly != typeof(Ahx1XJson).Assembly)
        {
            return;
        }

        for (var i = type.Properties.Count - 1; i >= 0; i--)
        {
            var property = type.Properties[i];
            // A property with neither setter nor constructor parameter is computed from others,
            // such as EvaluationResult.Edition from its receipt: the JSON carries the original only.
            if (property.Set is null && property.AssociatedParameter is null)
            {
                type.Properties.RemoveAt(i);
            }
            else if (property.AttributeProvider is System.Reflection.PropertyInfo { Name: CertificateCode })
            {
                property.Name = "certificate";
            }
        }
    }
}
