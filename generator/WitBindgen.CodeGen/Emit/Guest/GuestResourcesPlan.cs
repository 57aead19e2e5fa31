using WitBindgen.CodeGen.Context;

namespace WitBindgen.CodeGen.Emit.Guest;

/// <summary>The <c>…Resources.g.cs</c> of one interface or of the world: the resources it declares, in WIT order.</summary>
/// <param name="Container">The interface or world.</param>
/// <param name="Resources">The resources.</param>
internal sealed record GuestResourcesPlan(CSharpContainer Container, IReadOnlyList<GuestResourcePlan> Resources) : GuestFilePlan(Container);
