using WitBindgen.CodeGen.Naming;
using WitBindgen.Wit.Model;

namespace WitBindgen.CodeGen.Context;

/// <summary>
/// The C# namespace generated for one WIT interface or for the selected world. Every emitter puts what it
/// generates for that interface or world into this namespace, and names its own types in a fork of
/// <see cref="Names"/> so they never clash with the WIT types declared there.
/// </summary>
internal sealed class CSharpContainer
{
    /// <summary>Creates a container whose role, type namespace and declared types the planner has already decided.</summary>
    public CSharpContainer(
        ContainerKind kind,
        InterfaceId? interfaceId,
        string witName,
        string @namespace,
        string? versionSegment,
        bool isImported,
        bool isExported,
        string? reusedTypesNamespace,
        NameScope names,
        IReadOnlyList<TypeId> declaredTypes)
    {
        Kind = kind;
        InterfaceId = interfaceId;
        WitName = witName;
        Namespace = @namespace;
        VersionSegment = versionSegment;
        IsImported = isImported;
        IsExported = isExported;
        ReusedTypesNamespace = reusedTypesNamespace;
        Names = names;
        DeclaredTypes = declaredTypes;
    }

    /// <summary>Interface or world.</summary>
    public ContainerKind Kind { get; }

    /// <summary>The interface, for <see cref="ContainerKind.Interface"/>.</summary>
    public InterfaceId? InterfaceId { get; }

    /// <summary>The WIT name: <c>ns:pkg/iface@1.0.0</c> for a named interface, the import/export name for an inline one, the world's name.</summary>
    public string WitName { get; }

    /// <summary>The C# namespace, without <c>global::</c>, such as <c>Wasi.Io.Streams</c>.</summary>
    public string Namespace { get; }

    /// <summary>
    /// The version segment of <see cref="Namespace"/> (<c>V1_2_0</c>) when two versions of the interface's package
    /// are in the generated set, else null. Names derived from the interface outside its namespace (world class
    /// members, factory parameters) carry it too, so neither version gets a bare name.
    /// </summary>
    public string? VersionSegment { get; }

    /// <summary>The last segment of <see cref="Namespace"/>.</summary>
    public string Name => Namespace.Substring(Namespace.LastIndexOf('.') + 1);

    /// <summary>The namespace as it is written in references: <c>global::Wasi.Io.Streams</c>.</summary>
    public string QualifiedNamespace => "global::" + Namespace;

    /// <summary>
    /// The names the planner gave the WIT types declared in <see cref="Namespace"/>. A mode's plan adds the types it
    /// declares there (interfaces, export classes) in its own <see cref="NameScope.Fork"/> of this scope, so what it
    /// adds never clashes with a WIT type, and planning leaves the container as the planner made it.
    /// </summary>
    public NameScope Names { get; }

    /// <summary>Whether the world imports it (directly, or because an import or export uses its types).</summary>
    public bool IsImported { get; }

    /// <summary>Whether the world exports it.</summary>
    public bool IsExported { get; }

    /// <summary>
    /// Whether its types are declared in another assembly (<see cref="CodeGenOptions.Reuse"/>): they are
    /// referred to in <see cref="TypesNamespace"/> but not declared again.
    /// </summary>
    public bool IsReused => ReusedTypesNamespace is not null;

    /// <summary>
    /// The namespace its WIT types are declared in: <see cref="Namespace"/>, except for a reused interface,
    /// whose types live in the referenced assembly's namespace while its mode-specific code stays here.
    /// </summary>
    public string TypesNamespace => ReusedTypesNamespace ?? Namespace;

    /// <summary>The referenced assembly's namespace its types are reused from (see <see cref="TypeReuse"/>), else null.</summary>
    public string? ReusedTypesNamespace { get; }

    /// <summary>
    /// The named WIT types declared as C# types here, in WIT order: records, variants, enums, flags and resources.
    /// Aliases and named structural types (<c>type bytes = list&lt;u8&gt;</c>) are not declared; see <see cref="Mapping.CSharpTypeMapper"/>.
    /// </summary>
    public IReadOnlyList<TypeId> DeclaredTypes { get; }

    /// <summary>A unique hint name for a file of this container: <c>Wasi.Io.Streams.Types.g.cs</c> for suffix <c>Types</c>.</summary>
    public string HintName(string suffix) => $"{Namespace}.{suffix}.g.cs";

    /// <inheritdoc />
    public override string ToString() => $"{Kind} {WitName} -> {Namespace}";
}
