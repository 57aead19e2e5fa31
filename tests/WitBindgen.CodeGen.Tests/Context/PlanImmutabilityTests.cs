using System.Collections;
using System.Reflection;
using WitBindgen.CodeGen.Context;
using WitBindgen.CodeGen.Context.Declarations;
using WitBindgen.CodeGen.Context.Marshal;
using WitBindgen.CodeGen.Emit.Guest;
using WitBindgen.CodeGen.Emit.Host;
using WitBindgen.CodeGen.Naming;
using WitBindgen.Wit.Diagnostics;

namespace WitBindgen.CodeGen.Tests.Context;

/// <summary>
/// The binding plan is decided once and then only read: its types have no setters and expose no collection a
/// reader could add to, and building a mode's plan leaves the context as it found it.
/// </summary>
public sealed class PlanImmutabilityTests
{
    private const string Wit = """
        package test:app;
        interface api {
            resource conn { constructor(v: u32) -> result<conn, string>; get: func() -> u32; make: static func() -> conn; }
            name: func() -> string;
        }
        interface host { resource file { read: func() -> u32; } open: func() -> file; }
        world w {
            import host;
            import now: func() -> u64;
            export api;
            export run: func() -> u32;
        }
        """;

    public static TheoryData<string> PlanTypes()
    {
        var assembly = typeof(CodeGenContext).Assembly;
        var types = assembly.GetTypes()
            .Where(t => (t.Namespace == typeof(CodeGenContext).Namespace || t.Namespace == typeof(TypeDeclarationPlan).Namespace || t.Namespace == typeof(MarshalType).Namespace)
                && !t.IsEnum && !t.IsDefined(typeof(System.Runtime.CompilerServices.CompilerGeneratedAttribute)) && !t.Name.Contains('<'))
            .Concat(new[]
            {
                typeof(DeclaredMemberPlan),
                typeof(HostPlan), typeof(InterfaceBinding), typeof(ResourceBinding), typeof(FunctionShape), typeof(LinkerSharing),
                typeof(GuestPlan), typeof(GuestFilePlan), typeof(GuestImportsPlan), typeof(GuestExportsPlan), typeof(GuestResourcesPlan),
                typeof(GuestResourcePlan), typeof(GuestFunction), typeof(GuestExportEntry),
                typeof(GuestMarshalPlan), typeof(GuestHelper), typeof(MarshalPlan), typeof(MarshalHelper), typeof(HostValueCode), typeof(HostCallCode),
            });
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
        var type = typeof(CodeGenContext).Assembly.GetType(typeName, throwOnError: true)!;
        const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

        var problems = new List<string>();
        foreach (var property in type.GetProperties(Declared).Where(p => !IsPrivate(p.GetMethod)))
        {
            if (property.SetMethod is not null)
            {
                problems.Add($"{property.Name} has a setter");
            }

            if (IsMutable(property.PropertyType))
            {
                problems.Add($"{property.Name} exposes a mutable {property.PropertyType.Name}");
            }
        }

        foreach (var field in type.GetFields(Declared).Where(f => !f.IsPrivate && !f.IsLiteral && !f.IsDefined(typeof(System.Runtime.CompilerServices.CompilerGeneratedAttribute))))
        {
            if (!field.IsInitOnly || IsMutable(field.FieldType))
            {
                problems.Add($"field {field.Name} can be changed");
            }
        }

        problems.ShouldBeEmpty();
    }

    [Theory]
    [InlineData(BindingMode.Host)]
    [InlineData(BindingMode.Guest)]
    public void Planning_a_mode_twice_decides_the_same_names(BindingMode mode)
    {
        var context = CodeGenContext.Create(WitSource.Resolve(Wit), new CodeGenOptions("w", mode, null, false), new DiagnosticBag())!;

        Names(context, mode).ShouldBe(Names(context, mode));
    }

    [Fact]
    public void Guest_exports_are_the_planned_exports_classes()
    {
        var context = CodeGenContext.Create(WitSource.Resolve(Wit), new CodeGenOptions("w", BindingMode.Guest, null, false), new DiagnosticBag())!;
        var plan = GuestPlan.Create(context);

        plan.Exports.Select(e => (e.WitName, e.InterfaceName, e.ExportsClassName)).ShouldBe(
            plan.Files.OfType<GuestExportsPlan>().Select(f => (f.Container.WitName, f.InterfaceName, f.ClassName)));
        plan.Exports.Select(e => e.WitName).ShouldBe(["test:app/api", "w"]);
    }

    private static List<string> Names(CodeGenContext context, BindingMode mode)
    {
        if (mode == BindingMode.Guest)
        {
            var guest = GuestPlan.Create(context);
            return new[] { guest.AbiClassName }
                .Concat(guest.Files.OfType<GuestImportsPlan>().Select(f => f.ClassName))
                .Concat(guest.Files.OfType<GuestExportsPlan>().SelectMany(f => new[] { f.InterfaceName, f.ClassName }))
                .ToList();
        }

        var host = HostPlan.Create(context);
        return new[] { host.WorldClassName, host.WorldImportInterfaceName ?? string.Empty, host.Marshal.ClassName }
            .Concat(host.Imports.Concat(host.Exports).Select(b => b.TypeName))
            .ToList();
    }

    private static bool IsPrivate(MethodInfo? getter) => getter is null || getter.IsPrivate;

    // Arrays, lists, sets and dictionaries.
    private static bool IsMutable(Type type) =>
        type.IsArray
        || typeof(IList).IsAssignableFrom(type)
        || typeof(IDictionary).IsAssignableFrom(type)
        || type.GetInterfaces().Append(type).Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICollection<>));
}
