using System.Text.RegularExpressions;
using Mono.Cecil;
using Ahx1X.Rules.Tests.Demo;

namespace Ahx1X.Rules.Tests.Architecture;

/// <summary>
/// Keeps the library's house in order: namespaces form layers with no cycle (read from the
/// compiled IL, so a fully qualified name or a method body counts as much as a using), no private
/// member is reached by reflection, and every public type lives in a file of its own name.
/// </summary>
public sealed partial class ArchitectureTests
{
    public static TheoryData<string> Libraries => new() { "Ahx1X.Rules", "Ahx1X.Rules.Hosting", "Ahx1X.Rules.Authoring" };

    [Fact]
    public void Namespaces_OfTheLibrary_FormNoCycle()
    {
        var graph = NamespaceGraph(typeof(PolicyEngine).Assembly.Location);

        var cycles = StronglyConnected(graph).Where(c => c.Count > 1).Select(c => string.Join(" <-> ", c.Order(StringComparer.Ordinal))).ToList();

        Assert.True(cycles.Count == 0, "Namespace cycles:\n" + string.Join("\n", cycles) + "\n\nEdges:\n" + Describe(graph));
    }

    [Fact]
    public void Namespaces_OfTheAuthoringTools_FormNoCycle()
    {
        var graph = NamespaceGraph(typeof(Ahx1X.Rules.Authoring.RulesLinter).Assembly.Location);

        var cycles = StronglyConnected(graph).Where(c => c.Count > 1).Select(c => string.Join(" <-> ", c.Order(StringComparer.Ordinal))).ToList();

        Assert.True(cycles.Count == 0, "Namespace cycles:\n" + string.Join("\n", cycles) + "\n\nEdges:\n" + Describe(graph));
    }

    [Fact]
    public void RuntimeLibrary_HoldsNoAuthoringTool()
    {
        // A portal installs Ahx1X.Rules alone: the linter, scenario runner and formatter ship in Ahx1X.Rules.Authoring.
        var authoring = typeof(PolicyEngine).Assembly.GetTypes().Where(t => t.Namespace?.StartsWith("Ahx1X.Rules.Authoring", StringComparison.Ordinal) == true)
            .Select(t => t.FullName).ToList();

        Assert.True(authoring.Count == 0, "Authoring types in Ahx1X.Rules: " + string.Join(", ", authoring));
    }

    [Fact]
    public void AuthoringPackage_PublicClassesAreSealedOrStatic()
    {
        var open = typeof(Ahx1X.Rules.Authoring.RulesLinter).Assembly.GetExportedTypes()
            .Where(t => t.IsClass && !t.IsSealed && !(t.IsAbstract && t.IsSealed))
            .Select(t => t.FullName).ToList();

        Assert.True(open.Count == 0, "Public classes open to inheritance: " + string.Join(", ", open));
    }

    [Theory]
    [MemberData(nameof(Libraries))]
    public void PublicTypes_EachLiveInAFileOfTheirName(string project)
    {
        var folder = Repository.PathOf("src/" + project);
        var misplaced = new List<string>();
        foreach (var file in Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories).Where(f => !f.Contains("/obj/") && !f.Contains("/bin/")))
        {
            var names = TopLevelPublicType().Matches(File.ReadAllText(file)).Select(m => m.Groups["name"].Value).ToList();
            var expected = Path.GetFileNameWithoutExtension(file);
            misplaced.AddRange(names.Where(n => n != expected).Select(n => $"{Path.GetRelativePath(folder, file)} declares public {n}"));
        }

        Assert.True(misplaced.Count == 0, string.Join("\n", misplaced));
    }

    [Fact]
    public void Library_ReachesNoPrivateMemberByReflection()
    {
        var source = Directory.EnumerateFiles(Repository.PathOf("src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains("/obj/") && !f.Contains("/bin/"));

        var offenders = source.Where(f => NonPublicBinding().IsMatch(File.ReadAllText(f))).Select(f => Path.GetFileName(f)).ToList();

        Assert.True(offenders.Count == 0, "BindingFlags.NonPublic in: " + string.Join(", ", offenders));
    }

    [Fact]
    public void PublicClasses_AreSealedOrStatic()
    {
        var open = typeof(PolicyEngine).Assembly.GetExportedTypes()
            .Where(t => t.IsClass && !t.IsSealed && !(t.IsAbstract && t.IsSealed))
            .Select(t => t.FullName).ToList();

        Assert.True(open.Count == 0, "Public classes open to inheritance: " + string.Join(", ", open));
    }

    [Fact]
    public void PublicResultsAndRequests_ExposeNoMutableCollectionAndNoPublicSetter()
    {
        var types = typeof(PolicyEngine).Assembly.GetExportedTypes()
            .Where(t => t.Namespace is "Ahx1X.Rules.Results" or "Ahx1X.Rules.Model" && !t.IsEnum);
        var mutable = new List<string>();
        foreach (var property in types.SelectMany(t => t.GetProperties(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance)))
        {
            var type = property.PropertyType;
            if (type.IsArray || (type.IsGenericType && type.GetGenericTypeDefinition() is var g && (g == typeof(List<>) || g == typeof(Dictionary<,>) || g == typeof(HashSet<>))))
            {
                mutable.Add($"{property.DeclaringType!.Name}.{property.Name} is a {type.Name}");
            }

            // An init accessor carries the IsExternalInit modifier; a plain public setter does not.
            if (property.SetMethod is { IsPublic: true } setter
                && !setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(System.Runtime.CompilerServices.IsExternalInit)))
            {
                mutable.Add($"{property.DeclaringType!.Name}.{property.Name} has a public setter");
            }
        }

        Assert.True(mutable.Count == 0, string.Join("\n", mutable));
    }

    [Fact]
    public void ReadmeArchitecture_NamesEveryFolderAndEveryStep()
    {
        var readme = File.ReadAllText(Repository.PathOf("README.md"));
        var section = readme[readme.IndexOf("## Architecture", StringComparison.Ordinal)..readme.IndexOf("## What CI checks", StringComparison.Ordinal)];
        var library = Repository.PathOf("src/Ahx1X.Rules");
        var folders = Directory.GetDirectories(library).Select(Path.GetFileName).Where(f => f is not ("bin" or "obj")).ToList();

        Assert.All(folders, folder => Assert.Contains(folder!, section, StringComparison.Ordinal));
        Assert.All(Ahx1X.Rules.Steps.StepTable.All, step => Assert.Contains($"`Steps/{step.Workflow}/`", section, StringComparison.Ordinal));
        Assert.All(Directory.GetDirectories(Path.Combine(library, "Steps")).Select(Path.GetFileName).Where(f => f != "Shared"),
            folder => Assert.Contains(Ahx1X.Rules.Steps.StepTable.All, step => step.Workflow == folder));
    }

    /// <summary>Maps each namespace of the assembly to the other namespaces of the assembly its types use.</summary>
    internal static Dictionary<string, HashSet<string>> NamespaceGraph(string assemblyPath)
    {
        using var module = ModuleDefinition.ReadModule(assemblyPath);
        var own = module.GetTypes().Select(t => NamespaceOf(t)).Where(n => n.Length > 0).ToHashSet(StringComparer.Ordinal);
        var graph = own.ToDictionary(n => n, _ => new HashSet<string>(StringComparer.Ordinal), StringComparer.Ordinal);
        foreach (var type in module.GetTypes())
        {
            var from = NamespaceOf(type);
            if (from.Length == 0)
            {
                continue;
            }

            foreach (var used in UsedTypes(type))
            {
                if (used.Scope == module || used.Module == module)
                {
                    var to = NamespaceOf(used);
                    if (to != from && own.Contains(to))
                    {
                        graph[from].Add(to);
                    }
                }
            }
        }

        return graph;
    }

    private static string NamespaceOf(TypeReference type)
    {
        while (type.DeclaringType is not null)
        {
            type = type.DeclaringType;
        }

        return type.Namespace;
    }

    private static IEnumerable<TypeReference> UsedTypes(TypeDefinition type)
    {
        if (type.BaseType is not null)
        {
            foreach (var t in Expand(type.BaseType)) yield return t;
        }

        foreach (var t in type.Interfaces.SelectMany(i => Expand(i.InterfaceType))) yield return t;
        foreach (var t in type.Fields.SelectMany(f => Expand(f.FieldType))) yield return t;
        foreach (var t in type.Properties.SelectMany(p => Expand(p.PropertyType))) yield return t;
        foreach (var method in type.Methods)
        {
            foreach (var t in Expand(method.ReturnType)) yield return t;
            foreach (var t in method.Parameters.SelectMany(p => Expand(p.ParameterType))) yield return t;
            if (!method.HasBody)
            {
                continue;
            }

            foreach (var t in method.Body.Variables.SelectMany(v => Expand(v.VariableType))) yield return t;
            foreach (var instruction in method.Body.Instructions)
            {
                switch (instruction.Operand)
                {
                    case TypeReference t:
                        foreach (var e in Expand(t)) yield return e;
                        break;
                    case MethodReference m:
                        foreach (var e in Expand(m.DeclaringType).Concat(Expand(m.ReturnType)).Concat(m.Parameters.SelectMany(p => Expand(p.ParameterType)))) yield return e;
                        if (m is GenericInstanceMethod g)
                        {
                            foreach (var e in g.GenericArguments.SelectMany(Expand)) yield return e;
                        }

                        break;
                    case FieldReference f:
                        foreach (var e in Expand(f.DeclaringType).Concat(Expand(f.FieldType))) yield return e;
                        break;
                }
            }
        }
    }

    private static IEnumerable<TypeReference> Expand(TypeReference type)
    {
        switch (type)
        {
            case GenericInstanceType generic:
                foreach (var t in Expand(generic.ElementType).Concat(generic.GenericArguments.SelectMany(Expand))) yield return t;
                break;
            case TypeSpecification spec:
                foreach (var t in Expand(spec.ElementType)) yield return t;
                break;
            case GenericParameter:
                break;
            default:
                yield return type;
                break;
        }
    }

    private static List<List<string>> StronglyConnected(Dictionary<string, HashSet<string>> graph)
    {
        var index = 0;
        var indices = new Dictionary<string, int>();
        var low = new Dictionary<string, int>();
        var stack = new Stack<string>();
        var onStack = new HashSet<string>();
        var result = new List<List<string>>();

        void Visit(string v)
        {
            indices[v] = low[v] = index++;
            stack.Push(v);
            onStack.Add(v);
            foreach (var w in graph[v])
            {
                if (!indices.ContainsKey(w))
                {
                    Visit(w);
                    low[v] = Math.Min(low[v], low[w]);
                }
                else if (onStack.Contains(w))
                {
                    low[v] = Math.Min(low[v], indices[w]);
                }
            }

            if (low[v] == indices[v])
            {
                var component = new List<string>();
                string w;
                do
                {
                    w = stack.Pop();
                    onStack.Remove(w);
                    component.Add(w);
                }
                while (w != v);
                result.Add(component);
            }
        }

        foreach (var v in graph.Keys.Order(StringComparer.Ordinal))
        {
            if (!indices.ContainsKey(v))
            {
                Visit(v);
            }
        }

        return result;
    }

    private static string Describe(Dictionary<string, HashSet<string>> graph) =>
        string.Join("\n", graph.OrderBy(e => e.Key, StringComparer.Ordinal)
            .Select(e => $"{e.Key} -> {string.Join(", ", e.Value.Order(StringComparer.Ordinal))}"));

    // A top-level declaration in a file-scoped namespace starts at the line's first column.
    [GeneratedRegex(@"^public\s+(?:(?:sealed|static|abstract|readonly|partial|ref)\s+)*(?:class|record\s+struct|record|struct|enum|interface)\s+(?<name>\w+)", RegexOptions.Multiline)]
    private static partial Regex TopLevelPublicType();

    [GeneratedRegex(@"BindingFlags\.NonPublic")]
    private static partial Regex NonPublicBinding();
}
