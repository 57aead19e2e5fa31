using WitBindgen.CodeGen.Context;
using WitBindgen.Wit.Model;
using WitBindgen.Wit.Syntax;

namespace WitBindgen.CodeGen.Mapping;

/// <summary>Who implements a WIT resource in host bindings.</summary>
internal enum HostResourceRole
{
    /// <summary>The host: a resource of an imported interface; the user derives from a generated abstract class.</summary>
    Host,

    /// <summary>The guest: a resource of an exported interface; a generated class wraps the guest's handle.</summary>
    Guest,

    /// <summary>
    /// Wasmtime: a resource of an imported <c>wasi:</c> interface, served by Wasmtime's WASI; the bindings see it as
    /// an opaque <c>WitBindgen.Runtime.ComponentResource</c>.
    /// </summary>
    Runtime,
}

/// <summary>Host-mode facts about resources and handles.</summary>
internal static class HostResources
{
    /// <summary>The C# type of a resource served by the runtime.</summary>
    public const string RuntimeResourceType = "global::WitBindgen.Runtime.ComponentResource";

    /// <summary>Whether an interface belongs to a <c>wasi:</c> package.</summary>
    public static bool IsWasi(WitModel model, InterfaceId id) =>
        model[id].Package is { } package && model[package].Name.Namespace == "wasi";

    /// <summary>
    /// Whether an imported interface is served by Wasmtime's WASI: it belongs to a <c>wasi:</c> package and the
    /// options do not ask to implement WASI (<see cref="CodeGenOptions.ImplementsWasi"/>).
    /// </summary>
    public static bool IsRuntimeServed(CodeGenContext context, InterfaceId id) =>
        !context.Options.ImplementsWasi && IsWasi(context.Model, id);

    /// <summary>Who implements the resource <paramref name="resource"/> (unaliased).</summary>
    public static HostResourceRole Role(CodeGenContext context, TypeId resource)
    {
        var owner = context.Model[resource].Owner;
        if (owner.Kind != TypeOwnerKind.Interface)
        {
            return HostResourceRole.Host;
        }

        // An interface both imported and exported declares its resources twice (see ExportedInterfaceCopies): the
        // exported container's resources are the guest's, the imported one's the host's.
        var iface = new InterfaceId(owner.Index);
        if (context.ContainerOf(iface).IsExported)
        {
            return HostResourceRole.Guest;
        }

        return IsRuntimeServed(context, iface) ? HostResourceRole.Runtime : HostResourceRole.Host;
    }

    /// <summary>
    /// If <paramref name="type"/> is a resource or a handle to one, the resource (unaliased) and whether the
    /// handle is <c>own</c> (a bare resource name is <c>own</c>).
    /// </summary>
    public static bool TryGetHandle(WitModel model, WitType type, out TypeId resource, out bool owned)
    {
        var target = model.Unalias(type);
        resource = default;
        owned = true;
        if (target.IsPrimitive)
        {
            return false;
        }

        switch (model[target.Id].Kind)
        {
            case ResourceKind:
                resource = target.Id;
                return true;
            case HandleKind handle:
                resource = model.Unalias(WitType.Of(handle.Resource)).Id;
                owned = handle.Ownership == HandleOwnership.Own;
                return true;
            default:
                return false;
        }
    }

    /// <summary>Whether a value of <paramref name="type"/> can contain a resource handle.</summary>
    public static bool ContainsHandle(WitModel model, WitType type) => ContainsHandle(model, type, 0);

    /// <summary>Whether a function's parameters or result can contain a resource handle.</summary>
    public static bool UsesHandles(WitModel model, Function function) =>
        TypeStructure.Signature(function).Any(t => ContainsHandle(model, t));

    private static bool ContainsHandle(WitModel model, WitType type, int depth)
    {
        var target = model.Unalias(type);
        if (target.IsPrimitive || depth > CSharpTypeMapper.MaxDepth)
        {
            return false;
        }

        var kind = model[target.Id].Kind;
        return kind is ResourceKind or HandleKind || TypeReferences.Children(kind).Any(c => ContainsHandle(model, c, depth + 1));
    }
}
