using WitBindgen.CodeGen.Context;

namespace WitBindgen.CodeGen.Emit.Guest;

/// <summary>The <c>…Resources.g.cs</c> of one interface or of the world: the resources it declares, in WIT order.</summary>
internal sealed class GuestResourcesPlan : GuestFilePlan
{
    /// <param name="container">The interface or world.</param>
    /// <param name="resources">The resources.</param>
    public GuestResourcesPlan(CSharpContainer container, IReadOnlyList<GuestResourcePlan> resources)
        : base(container)
    {
        Resources = resources;
    }

    /// <summary>The resources, in WIT order.</summary>
    public IReadOnlyList<GuestResourcePlan> Resources { get; }
}
