using WitBindgen.CodeGen.Context;

namespace WitBindgen.CodeGen.Emit.Guest;

/// <summary>One file of the guest bindings as <see cref="GuestPlan"/> decided it: the container it belongs to and the names it declares.</summary>
internal abstract class GuestFilePlan
{
    /// <param name="container">The interface or world the file is written for.</param>
    protected GuestFilePlan(CSharpContainer container)
    {
        Container = container;
    }

    /// <summary>The interface or world the file is written for.</summary>
    public CSharpContainer Container { get; }
}
