using System.Collections;

namespace Ahx1X.Rules.Expressions;

/// <summary>
/// The types expressions may name, as RulesEngine's own provider lists them (the given types,
/// its <c>ExpressionUtils</c>, <see cref="Enumerable"/>, their base types and interfaces, and
/// <see cref="IEnumerable"/>), without its scan of every loaded assembly for types marked
/// <c>[DynamicLinqType]</c>: no assembly of a pack's process marks any, and the scan was the
/// largest part of a first load. Fixed, so what an expression may name does not depend on which
/// assemblies happen to be loaded.
/// </summary>
internal sealed class FixedTypeProvider : RulesEngine.CustomTypeProvider
{
    private readonly HashSet<Type> _types;

    public FixedTypeProvider(Type[] types)
        : base(types)
    {
        _types = [.. types, typeof(RulesEngine.HelperFunctions.ExpressionUtils), typeof(Enumerable)];
        var pending = new Queue<Type>(_types);
        while (pending.TryDequeue(out var type))
        {
            foreach (var related in type.GetInterfaces().Prepend(type.BaseType))
            {
                if (related is not null && _types.Add(related))
                {
                    pending.Enqueue(related);
                }
            }
        }

        _types.Add(typeof(IEnumerable));
    }

    /// <inheritdoc />
    public override HashSet<Type> GetCustomTypes() => _types;
}
