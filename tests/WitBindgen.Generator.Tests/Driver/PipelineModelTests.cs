using System.Collections;
using System.Reflection;
using Microsoft.CodeAnalysis;
using WitBindgen.Generator.Generation;
using WitBindgen.Generator.Inputs;

namespace WitBindgen.Generator.Tests.Driver;

/// <summary>
/// The values the pipeline caches between runs must be plain data: a symbol, syntax node, location, compilation
/// or additional text inside one would keep a whole compilation alive and make every comparison fail, so
/// every run would regenerate everything.
/// </summary>
public sealed class PipelineModelTests
{
    private static readonly Type[] Forbidden =
    [
        typeof(ISymbol), typeof(SyntaxNode), typeof(SyntaxTree), typeof(Location), typeof(Compilation),
        typeof(SemanticModel), typeof(AdditionalText), typeof(Microsoft.CodeAnalysis.Text.SourceText),
    ];

    /// <summary>Every type a step of <see cref="WitBindingsGenerator"/> outputs.</summary>
    public static TheoryData<Type> StepOutputs => new()
    {
        typeof(WitFile),
        typeof(WitGroup),
        typeof(GroupOutput),
        typeof(GroupSources),
        typeof(SourcePlan),
        typeof(DiscoveryOutput),
        typeof(WitBindgen.Wit.EquatableArray<WitBindgen.Wit.Diagnostics.Diagnostic>),
        typeof(WitBindgen.Wit.EquatableArray<DiscoveryDiagnostic>),
        typeof(ReferencedRuntimes),
        typeof(ProjectDefaults),
        typeof(WitBindgen.Wit.EquatableArray<WitBindgen.CodeGen.ReusedInterface>),
    };

    [Theory]
    [MemberData(nameof(StepOutputs))]
    public void Holds_no_compiler_object(Type type)
    {
        var offenders = new List<string>();
        Visit(type, type.Name, new HashSet<Type>(), offenders);

        offenders.ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(StepOutputs))]
    public void Is_compared_by_value(Type type)
    {
        var equals = type.GetMethod("Equals", [type]);
        (equals is not null && equals.DeclaringType == type).ShouldBeTrue($"{type.Name} does not implement value equality");
    }

    /// <summary>Walks every instance field, through generic arguments and array elements.</summary>
    private static void Visit(Type type, string path, HashSet<Type> seen, List<string> offenders)
    {
        if (type.IsPrimitive || type == typeof(string) || type.IsEnum || !seen.Add(type))
        {
            return;
        }

        if (Forbidden.Any(f => f.IsAssignableFrom(type)))
        {
            offenders.Add($"{path}: {type.FullName}");
            return;
        }

        if (type == typeof(object) || (type.IsInterface && type != typeof(IEnumerable) && !type.IsGenericType))
        {
            offenders.Add($"{path}: {type.FullName} (could hold anything)");
            return;
        }

        if (type.IsArray)
        {
            Visit(type.GetElementType()!, path + "[]", seen, offenders);
            return;
        }

        foreach (var argument in type.IsGenericType ? type.GetGenericArguments() : [])
        {
            Visit(argument, $"{path}<{argument.Name}>", seen, offenders);
        }

        if (type.Namespace?.StartsWith("System", StringComparison.Ordinal) == true)
        {
            return; // Framework collections and value types: their elements were visited through the generic arguments.
        }

        foreach (var field in type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            Visit(field.FieldType, path + "." + field.Name, seen, offenders);
        }
    }
}
