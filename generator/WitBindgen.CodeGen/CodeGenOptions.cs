using WitBindgen.Wit;

namespace WitBindgen.CodeGen;

/// <summary>Which side of the component boundary the bindings are for.</summary>
public enum BindingMode
{
    /// <summary>A .NET host that loads a component (with Wasmtime): imports are implemented in C#, exports are called.</summary>
    Host,

    /// <summary>C# compiled into a component: imports are called, exports are implemented in C#.</summary>
    Guest,
}

/// <summary>What to generate.</summary>
/// <param name="World">
/// The world: a plain name from a root package, or <c>ns:pkg/world</c> (optionally with <c>@version</c>).
/// When null, the only world of the root packages is used; with several, a diagnostic lists them.
/// </param>
/// <param name="Mode">Host or guest bindings.</param>
/// <param name="Namespace">The C# namespace for everything generated; when null, each package gets <c>Ns.Pkg</c> in PascalCase.</param>
/// <param name="Internal">Whether generated types are <c>internal</c> instead of <c>public</c>.</param>
public sealed record CodeGenOptions(string? World, BindingMode Mode, string? Namespace, bool Internal)
{
    /// <summary>
    /// Interfaces whose types are declared already (in a referenced assembly): their types are not declared
    /// again, and the generated code refers to them in the namespace given. Empty by default.
    /// </summary>
    public EquatableArray<ReusedInterface> Reuse { get; init; } = EquatableArray<ReusedInterface>.Empty;

    /// <summary>
    /// Root namespaces that generated code must not add to (those of the assemblies the project references,
    /// such as <c>System</c>), sorted ordinally. When <see cref="Namespace"/> is null and a namespace derived from
    /// a WIT package starts with one of them, nothing is generated and WIT0918 points at the package's interface
    /// or world. Empty by default.
    /// </summary>
    public EquatableArray<string> ReservedNamespaceRoots { get; init; } = EquatableArray<string>.Empty;

    /// <summary>
    /// Whether host bindings treat imported interfaces of <c>wasi:</c> packages like any other import: the project
    /// implements them (their resources become abstract classes) instead of Wasmtime's WASI serving them. Set
    /// for the runtime's own WASI; false by default.
    /// </summary>
    public bool ImplementsWasi { get; init; }
}
