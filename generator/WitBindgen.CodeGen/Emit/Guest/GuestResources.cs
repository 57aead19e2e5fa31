using WitBindgen.CodeGen.Context;
using WitBindgen.CodeGen.Mapping;
using WitBindgen.Wit.Model;

namespace WitBindgen.CodeGen.Emit.Guest;

/// <summary>
/// What the guest bindings need to know about resources: which ones the component implements (those of exported
/// interfaces) and which the host implements (those of imported interfaces and of the world), their functions,
/// and the core module and names of their built-ins.
/// </summary>
internal static class GuestResources
{
    /// <summary>Whether the world declares any resource, so the Canonical ABI class needs its resource part.</summary>
    public static bool Any(CodeGenContext context) =>
        context.AllContainers.SelectMany(c => c.DeclaredTypes).Any(id => TypeStructure.IsResource(context.Model[id]));

    /// <summary>The resources declared in <paramref name="container"/>, in WIT order.</summary>
    public static IReadOnlyList<TypeId> DeclaredIn(CodeGenContext context, CSharpContainer container) =>
        container.DeclaredTypes.Where(id => TypeStructure.IsResource(context.Model[id])).ToList();

    /// <summary>Whether this component implements <paramref name="resource"/> (it belongs to an exported interface).</summary>
    public static bool IsExported(CodeGenContext context, TypeId resource)
    {
        var container = context.ContainerOf(resource);
        return container.Kind == ContainerKind.Interface && container.IsExported;
    }

    /// <summary>The constructor, methods and static functions of <paramref name="resource"/>, in WIT order.</summary>
    public static IReadOnlyList<Function> Functions(CodeGenContext context, TypeId resource)
    {
        return context.ResourceFunctions(context.ContainerOf(resource))[resource].ToList();
    }

    /// <summary>The core module of the functions of an imported resource: the interface's name, or <c>$root</c> for the world's.</summary>
    public static string ImportModule(CSharpContainer container) => container.Kind == ContainerKind.World ? "$root" : container.WitName;

    /// <summary>The core module of the built-ins of an exported resource: <c>[export]ns:pkg/iface@ver</c>.</summary>
    public static string ExportModule(CSharpContainer container) => "[export]" + container.WitName;

    /// <summary>Whether <paramref name="constructor"/> returns the resource itself rather than <c>result&lt;r, e&gt;</c>, so it is a C# constructor.</summary>
    public static bool IsPlainConstructor(CodeGenContext context, Function constructor) =>
        constructor.Result is { } result && HostResources.TryGetHandle(context.Model, result, out _, out _);
}
