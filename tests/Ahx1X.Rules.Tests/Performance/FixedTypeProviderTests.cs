using Ahx1X.Rules.Expressions;
using Ahx1X.Rules.Steps;

namespace Ahx1X.Rules.Tests.Performance;

/// <summary>The expression parser's fixed types are the ones RulesEngine's own provider finds by scanning the loaded assemblies.</summary>
public sealed class FixedTypeProviderTests
{
    [Fact]
    public void GetCustomTypes_ShippedTypes_AreRulesEnginesOwn()
    {
        var types = ExpressionCompiler<ApplicationScope>.CustomTypes;
        var scanned = new RulesEngine.CustomTypeProvider(types).GetCustomTypes();
        var fixedTypes = new FixedTypeProvider(types).GetCustomTypes();
        Assert.Empty(scanned.Except(fixedTypes).Select(t => t.FullName));
        Assert.Empty(fixedTypes.Except(scanned).Select(t => t.FullName));
    }
}
