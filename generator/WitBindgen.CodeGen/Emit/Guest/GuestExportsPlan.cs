using WitBindgen.CodeGen.Context;

namespace WitBindgen.CodeGen.Emit.Guest;

/// <summary>The <c>…Exports.g.cs</c> of one interface or of the world.</summary>
/// <param name="Container">The interface or world.</param>
/// <param name="ExportPrefix">The prefix of the entry points' export names: <c>ns:pkg/iface#</c>, or empty for world functions.</param>
/// <param name="InterfaceName">The C# interface the user implements.</param>
/// <param name="ClassName">The static class holding the implementation and the entry points.</param>
/// <param name="Entries">One entry point per exported function, in WIT order.</param>
internal sealed record GuestExportsPlan(
    CSharpContainer Container, string ExportPrefix, string InterfaceName, string ClassName, IReadOnlyList<GuestExportEntry> Entries)
    : GuestFilePlan(Container);
