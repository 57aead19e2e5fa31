using WitBindgen.CodeGen.Context;

namespace WitBindgen.CodeGen.Emit.Guest;

/// <summary>The <c>…Imports.g.cs</c> of one interface or of the world.</summary>
/// <param name="Container">The interface or world.</param>
/// <param name="Module">The core module of the imports: the interface's name, or <c>$root</c> for world functions.</param>
/// <param name="ClassName">The static class holding the wrappers.</param>
/// <param name="Functions">The wrapped functions, with their C# method names.</param>
internal sealed record GuestImportsPlan(CSharpContainer Container, string Module, string ClassName, IReadOnlyList<GuestFunction> Functions)
    : GuestFilePlan(Container);
