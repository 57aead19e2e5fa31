namespace WitBindgen.CodeGen.Emit.Guest;

/// <summary>One exported function: how its entry point calls it and the names of the members written for it.</summary>
/// <param name="Item">The function.</param>
/// <param name="Target">The receiver of the call: <c>Implementation</c>, or the <c>self</c> parameter of a resource method.</param>
/// <param name="InInterface">Whether the function is a member of the C# interface (else of the resource's class).</param>
/// <param name="EntryPoint">The <c>[UnmanagedCallersOnly]</c> method's name.</param>
/// <param name="PostField">The field keeping a result returned through memory until <c>cabi_post_…</c>, or null when there is none.</param>
/// <param name="PostReturn">The <c>cabi_post_…</c> method's name, or null when there is none.</param>
internal sealed record GuestExportEntry(GuestFunction Item, string Target, bool InInterface, string EntryPoint, string? PostField, string? PostReturn);
