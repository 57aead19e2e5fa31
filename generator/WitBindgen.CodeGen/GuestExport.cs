using WitBindgen.Wit;

namespace WitBindgen.CodeGen;

/// <summary>
/// One interface (or the world's own functions) a guest world exports, as the generated code names it: the C#
/// interface the user implements and the static partial class whose <c>CreateImplementation</c> partial method
/// creates the implementation. The source generator uses it to find the implementing class.
/// </summary>
/// <param name="WitName">The WIT name: <c>ns:pkg/iface@1.0.0</c>, an inline export's name, or the world's name.</param>
/// <param name="Namespace">The C# namespace of both generated types, without <c>global::</c>.</param>
/// <param name="InterfaceName">The generated interface, such as <c>ICalculator</c>.</param>
/// <param name="ExportsClassName">The generated static partial class, such as <c>CalculatorExports</c>.</param>
/// <param name="WorldLocation">Where the exporting world is declared, when known.</param>
public sealed record GuestExport(
    string WitName,
    string Namespace,
    string InterfaceName,
    string ExportsClassName,
    SourceLocation? WorldLocation);
