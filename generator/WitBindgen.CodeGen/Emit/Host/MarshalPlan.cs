using WitBindgen.Wit.Model;

namespace WitBindgen.CodeGen.Emit.Host;

/// <summary>
/// The world's marshal class and every call's marshalling, decided by <see cref="MarshalPlanner"/> before any file is
/// written: the lowering and lifting methods of the declared types that cross the boundary, the resource members,
/// and for each call the code of its parameters and result with the names of its locals. The emitters only read it.
/// </summary>
internal sealed class MarshalPlan
{
    private readonly IReadOnlyDictionary<FunctionShape, HostCallCode> _exportCalls;
    private readonly IReadOnlyDictionary<FunctionShape, HostCallCode> _importCallbacks;

    public MarshalPlan(
        string className,
        string helpers,
        IReadOnlyList<MarshalHelper> methods,
        IReadOnlyList<(TypeId Id, string Field)> resourceFields,
        IReadOnlyList<(TypeId Id, string Method)> resourceOwners,
        bool usesResourceHelper,
        IReadOnlyDictionary<FunctionShape, HostCallCode> exportCalls,
        IReadOnlyDictionary<FunctionShape, HostCallCode> importCallbacks,
        string? canonicalAbiClassName,
        IReadOnlyList<Guest.GuestHelper> canonicalHelpers)
    {
        ClassName = className;
        Helpers = helpers;
        Methods = methods;
        ResourceFields = resourceFields;
        ResourceOwners = resourceOwners;
        UsesResourceHelper = usesResourceHelper;
        _exportCalls = exportCalls;
        _importCallbacks = importCallbacks;
        CanonicalAbiClassName = canonicalAbiClassName;
        CanonicalHelpers = canonicalHelpers;
    }

    /// <summary>The world's Canonical ABI class for direct calls, or null when no export is called directly.</summary>
    public string? CanonicalAbiClassName { get; }

    /// <summary>The helpers of the Canonical ABI class (memory or flat, per type), in declaration order.</summary>
    public IReadOnlyList<Guest.GuestHelper> CanonicalHelpers { get; }

    /// <summary>The simple name of the marshal class.</summary>
    public string ClassName { get; }

    /// <summary>The fully qualified name of the marshal class.</summary>
    public string Helpers { get; }

    /// <summary>The lowering and lifting methods of declared types, in declaration order.</summary>
    public IReadOnlyList<MarshalHelper> Methods { get; }

    /// <summary>Resources of the host whose <c>HostResourceType</c> field the bindings use, with the field name, in declaration order.</summary>
    public IReadOnlyList<(TypeId Id, string Field)> ResourceFields { get; }

    /// <summary>Resources of the guest whose owner lookup the bindings use, with the method name, in declaration order.</summary>
    public IReadOnlyList<(TypeId Id, string Method)> ResourceOwners { get; }

    /// <summary>Whether the generic resource lowering helper is used.</summary>
    public bool UsesResourceHelper { get; }

    /// <summary>The qualified field holding the <c>HostResourceType</c> of a host resource.</summary>
    /// <exception cref="InvalidOperationException">The plan has no field for <paramref name="id"/>.</exception>
    public string ResourceField(TypeId id)
    {
        foreach (var (known, field) in ResourceFields)
        {
            if (known == id)
            {
                return Helpers + "." + field;
            }
        }

        throw new InvalidOperationException($"the marshal plan has no resource type field for type #{id.Index}");
    }

    /// <summary>The marshalling of the method calling the export <paramref name="shape"/>.</summary>
    public HostCallCode ExportCall(FunctionShape shape) => Find(_exportCalls, shape, "export call");

    /// <summary>The marshalling of the linker callback of the import <paramref name="shape"/>.</summary>
    public HostCallCode ImportCallback(FunctionShape shape) => Find(_importCallbacks, shape, "import callback");

    private static HostCallCode Find(IReadOnlyDictionary<FunctionShape, HostCallCode> calls, FunctionShape shape, string what) =>
        calls.TryGetValue(shape, out var code) ? code : throw new InvalidOperationException($"the marshal plan has no {what} for `{shape.WitPath}`");
}
