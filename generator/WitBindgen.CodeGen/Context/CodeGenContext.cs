using WitBindgen.CodeGen.Mapping;
using WitBindgen.Wit.Diagnostics;
using WitBindgen.Wit.Model;

namespace WitBindgen.CodeGen.Context;

/// <summary>
/// Everything an emitter needs for one generation run: the model, the options, the selected world, the
/// C# containers of its interfaces, the names of all declared types, and the type mapper.
/// </summary>
internal sealed class CodeGenContext
{
    private readonly IReadOnlyDictionary<TypeId, (CSharpContainer Container, string Name)> _typeNames;
    private readonly Dictionary<InterfaceId, CSharpContainer> _byInterface;
    private readonly Dictionary<CSharpContainer, ILookup<TypeId, Function>> _resourceFunctions;

    private CodeGenContext(
        WitModel model,
        CodeGenOptions options,
        WorldId worldId,
        DiagnosticBag diagnostics,
        WorldItems worldItems,
        CSharpContainer world,
        IReadOnlyList<CSharpContainer> interfaces,
        IReadOnlyDictionary<TypeId, (CSharpContainer Container, string Name)> typeNames,
        Naming.DeclaredMemberPlan members)
    {
        Model = model;
        Options = options;
        WorldId = worldId;
        Diagnostics = diagnostics;
        WorldItems = worldItems;
        WorldContainer = world;
        Interfaces = interfaces;
        _typeNames = typeNames;
        Members = members;
        _byInterface = interfaces.ToDictionary(c => c.InterfaceId!.Value);
        _resourceFunctions = new[] { world }.Concat(interfaces).ToDictionary(
            c => c,
            c => (c.InterfaceId is { } id ? model[id].Functions : worldItems.Functions).Where(f => f.Resource is not null).ToLookup(f => f.Resource!.Value));
        WarningsPragma = Emit.FileHeader.WarningsPragma(model);
        Types = new CSharpTypeMapper(this);
    }

    /// <summary>The resolved model.</summary>
    public WitModel Model { get; }

    /// <summary>The options of this run.</summary>
    public CodeGenOptions Options { get; }

    /// <summary>Host or guest.</summary>
    public BindingMode Mode => Options.Mode;

    /// <summary>The selected world.</summary>
    public WorldId WorldId { get; }

    /// <summary>The selected world's definition.</summary>
    public World World => Model[WorldId];

    /// <summary>The selected world's imports and exports sorted by kind, computed once.</summary>
    public WorldItems WorldItems { get; }

    /// <summary>Where emitters report problems.</summary>
    public DiagnosticBag Diagnostics { get; }

    /// <summary><c>public</c>, or <c>internal</c> when <see cref="CodeGenOptions.Internal"/> is set.</summary>
    public string Accessibility => Options.Internal ? "internal" : "public";

    /// <summary>The namespace for the world's own types and functions (<c>Ns.Pkg.NameWorld</c>).</summary>
    public CSharpContainer WorldContainer { get; }

    /// <summary>Every interface that gets code, imported and exported, in world order.</summary>
    public IReadOnlyList<CSharpContainer> Interfaces { get; }

    /// <summary>The world container followed by the interface containers.</summary>
    public IEnumerable<CSharpContainer> AllContainers => new[] { WorldContainer }.Concat(Interfaces);

    /// <summary>The C# member names of every declared record, variant, enum and flags type.</summary>
    public Naming.DeclaredMemberPlan Members { get; }

    /// <summary>Maps WIT types to C# type text.</summary>
    public CSharpTypeMapper Types { get; }

    /// <summary>The <c>#pragma warning disable</c> line every generated file starts with; see <see cref="Emit.FileHeader"/>.</summary>
    public string WarningsPragma { get; }

    /// <summary>
    /// The functions of <paramref name="container"/> (an interface's, or the world's own) that belong to a resource,
    /// by resource, in WIT order, sorted once when the context is created.
    /// </summary>
    public ILookup<TypeId, Function> ResourceFunctions(CSharpContainer container) => _resourceFunctions[container];

    /// <summary>Creates the context for the world the options select, or returns null after reporting why not.</summary>
    public static CodeGenContext? Create(WitModel model, CodeGenOptions options, DiagnosticBag diagnostics)
    {
        if (options.Namespace is { } ns && !IsValidNamespace(ns))
        {
            diagnostics.Report(WitDiagnostics.InvalidNamespace, null, ns);
            return null;
        }

        if (WorldSelector.Select(model, options.World, diagnostics) is not { } worldId)
        {
            return null;
        }

        model = ExportedInterfaceCopies.Apply(model, worldId);

        var worldItems = WorldItems.From(model[worldId]);
        var (world, interfaces, typeNames) = ContainerPlanner.Plan(model, worldId, worldItems, options.Namespace, options.Reuse);
        if (options.Namespace is null && ReservedNamespaces.Report(model, world, worldId, interfaces, options.ReservedNamespaceRoots, diagnostics))
        {
            return null;
        }

        var members = Naming.DeclaredMemberPlan.Create(model, typeNames.Select(t => new KeyValuePair<TypeId, string>(t.Key, t.Value.Name)));
        return new CodeGenContext(model, options, worldId, diagnostics, worldItems, world, interfaces, typeNames, members);
    }

    /// <summary>The container of an interface of the world.</summary>
    /// <exception cref="KeyNotFoundException">The interface is not part of the generated set.</exception>
    public CSharpContainer ContainerOf(InterfaceId id) => _byInterface[id];

    /// <summary>Whether <paramref name="id"/> is declared as a C# type (see <see cref="TypeStructure.IsDeclared"/>).</summary>
    public bool IsDeclared(TypeId id) => _typeNames.ContainsKey(id);

    /// <summary>The simple C# name of a declared type, such as <c>Descriptor</c>.</summary>
    public string TypeName(TypeId id) => Lookup(id).Name;

    /// <summary>The container a declared type lives in.</summary>
    public CSharpContainer ContainerOf(TypeId id) => Lookup(id).Container;

    /// <summary>The fully qualified C# name of a declared type, such as <c>global::Wasi.Filesystem.Types.Descriptor</c>.</summary>
    public string QualifiedTypeName(TypeId id)
    {
        var (container, name) = Lookup(id);
        return "global::" + container.TypesNamespace + "." + name;
    }

    private (CSharpContainer Container, string Name) Lookup(TypeId id) =>
        _typeNames.TryGetValue(id, out var entry)
            ? entry
            : throw new InvalidOperationException($"type #{id.Index} ({Model[id].Name ?? "anonymous"}) is not declared by any interface of the world");

    private static bool IsValidNamespace(string ns) =>
        ns.Split('.').All(segment => Naming.CSharpNames.IsIdentifier(segment) && !Naming.CSharpKeywords.IsKeyword(segment));
}
