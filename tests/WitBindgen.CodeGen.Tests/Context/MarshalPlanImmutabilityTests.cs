using System.Collections;
using System.Reflection;
using WitBindgen.CodeGen.Context.Marshal;
using WitBindgen.CodeGen.Emit.Guest;
using WitBindgen.CodeGen.Emit.Host;

namespace WitBindgen.CodeGen.Tests.Context;

/// <summary>The marshal plans are decided once: none of their types can be changed after it is built.</summary>
public sealed class MarshalPlanImmutabilityTests
{
    public static TheoryData<string> PlanTypes()
    {
        var types = typeof(MarshalType).Assembly.GetTypes()
            .Where(t => t.Namespace == typeof(MarshalType).Namespace && !t.IsEnum && !(t.IsAbstract && t.IsSealed) && !IsCompilerGenerated(t))
            .Concat(new[] { typeof(GuestMarshalPlan), typeof(GuestHelper), typeof(MarshalPlan), typeof(MarshalHelper), typeof(HostValueCode), typeof(HostCallCode) });
        var data = new TheoryData<string>();
        foreach (var type in types.Distinct().OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            data.Add(type.FullName!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PlanTypes))]
    public void Plan_type_has_no_setters_and_exposes_no_mutable_collection(string typeName)
    {
        var type = typeof(MarshalType).Assembly.GetType(typeName, throwOnError: true)!;
        const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

        var problems = type.GetProperties(Declared)
            .Where(p => p.GetMethod is { IsPrivate: false })
            .SelectMany(p => new[]
            {
                p.SetMethod is not null ? $"{p.Name} has a setter" : null,
                IsMutable(p.PropertyType) ? $"{p.Name} exposes a mutable {p.PropertyType.Name}" : null,
            })
            .Concat(type.GetFields(Declared).Where(f => !f.IsPrivate && !f.IsLiteral && !f.IsInitOnly).Select(f => $"field {f.Name} can be changed"))
            .Where(problem => problem is not null)
            .ToList();

        problems.ShouldBeEmpty();
    }

    private static bool IsCompilerGenerated(Type type) => type.IsDefined(typeof(System.Runtime.CompilerServices.CompilerGeneratedAttribute)) || type.Name.Contains('<');

    // Arrays, lists, sets and dictionaries.
    private static bool IsMutable(Type type) =>
        type.IsArray
        || typeof(IList).IsAssignableFrom(type)
        || typeof(IDictionary).IsAssignableFrom(type)
        || type.GetInterfaces().Append(type).Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICollection<>));
}
