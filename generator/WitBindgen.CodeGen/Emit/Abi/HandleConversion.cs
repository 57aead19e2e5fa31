namespace WitBindgen.CodeGen.Emit.Abi;

/// <summary>
/// How the Canonical ABI helpers turn a resource's objects into handles and back on one side of the boundary: the
/// guest's resource classes, or (for host code over a guest's memory) the calling instance's handle table.
/// </summary>
/// <param name="Lower">The expression lowering an object (the argument) to its core <c>i32</c>.</param>
/// <param name="Lift">The expression lifting a core <c>i32</c> (the argument) to an object, in a helper whose scope is <c>s</c>.</param>
internal sealed record HandleConversion(Func<string, string> Lower, Func<string, string> Lift)
{
    /// <summary>Static methods: <c>lower(v)</c> and <c>lift(s, h)</c> (<c>global::Ns.R.WitLowerOwn</c>).</summary>
    public static HandleConversion Methods(string lower, string lift) => new(v => $"{lower}({v})", h => $"{lift}(s, {h})");
}
