using WitBindgen.CodeGen.Context;

namespace WitBindgen.CodeGen.Emit.Guest;

/// <summary>One file of the guest bindings as <see cref="GuestPlan"/> decided it: the container it belongs to and the names it declares.</summary>
/// <param name="Container">The interface or world the file is written for.</param>
internal abstract record GuestFilePlan(CSharpContainer Container);
