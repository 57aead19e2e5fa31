using WitBindgen.Wit.Diagnostics;
using WitBindgen.Wit.Model;
using WitBindgen.Wit.Printing;

namespace WitBindgen.Wit.Binary;

/// <summary>The resolved WIT of a component binary, or the diagnostics that explain why there is none.</summary>
/// <param name="Model">
/// The resolved model: a package (<see cref="PackageName"/>) with one world (<see cref="WorldName"/>) listing the
/// component's imports and exports, and the packages of the interfaces it uses. Null on error.
/// </param>
/// <param name="Diagnostics">Errors (WIT0400-WIT0499) when the binary could not be read or described.</param>
public sealed record ComponentWitResult(WitModel? Model, EquatableArray<Diagnostic> Diagnostics)
{
    /// <summary>
    /// The package of the world: the one a <c>component-type</c> custom section names, else <c>root:component</c>.
    /// </summary>
    public string PackageName { get; init; } = ComponentSyntaxBuilder.RootPackage;

    /// <summary>The name of the world: the one a <c>component-type</c> custom section names, else <c>root</c>.</summary>
    public string WorldName { get; init; } = ComponentSyntaxBuilder.WorldName;

    /// <summary>
    /// The model as WIT text, printed by <see cref="WitPrinter"/>; null on error. The world's package is documented
    /// with where it was decoded from, and each type the binary leaves unnamed with where its name comes from.
    /// </summary>
    public string? WitText => Model is null ? null : WitPrinter.Print(Model);
}
