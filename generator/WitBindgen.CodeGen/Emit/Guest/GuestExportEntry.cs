namespace WitBindgen.CodeGen.Emit.Guest;

/// <summary>One exported function: how its entry point calls it and the names of the members written for it.</summary>
internal sealed class GuestExportEntry
{
    /// <param name="item">The function.</param>
    /// <param name="target">The receiver of the call.</param>
    /// <param name="inInterface">Whether the function is a member of the C# interface.</param>
    /// <param name="entryPoint">The <c>[UnmanagedCallersOnly]</c> method's name.</param>
    /// <param name="postField">The field keeping a result returned through memory, or null.</param>
    /// <param name="postReturn">The <c>cabi_post_…</c> method's name, or null.</param>
    public GuestExportEntry(GuestFunction item, string target, bool inInterface, string entryPoint, string? postField, string? postReturn)
    {
        Item = item;
        Target = target;
        InInterface = inInterface;
        EntryPoint = entryPoint;
        PostField = postField;
        PostReturn = postReturn;
    }

    /// <summary>The function.</summary>
    public GuestFunction Item { get; }

    /// <summary>The receiver of the call: <c>Implementation</c>, or the <c>self</c> parameter of a resource method.</summary>
    public string Target { get; }

    /// <summary>Whether the function is a member of the C# interface (else of the resource's class).</summary>
    public bool InInterface { get; }

    /// <summary>The <c>[UnmanagedCallersOnly]</c> method's name.</summary>
    public string EntryPoint { get; }

    /// <summary>The field keeping a result returned through memory until <c>cabi_post_…</c>, or null when there is none.</summary>
    public string? PostField { get; }

    /// <summary>The <c>cabi_post_…</c> method's name, or null when there is none.</summary>
    public string? PostReturn { get; }
}
