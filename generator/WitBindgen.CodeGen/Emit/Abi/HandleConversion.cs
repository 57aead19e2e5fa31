namespace WitBindgen.CodeGen.Emit.Abi;

/// <summary>
/// How the Canonical ABI helpers turn a resource's objects into handles and back on one side of the boundary: the
/// guest's resource classes, or (for host code over a guest's memory) the host's resource tables.
/// </summary>
/// <param name="Lower">The static method lowering an object to its core <c>i32</c>: <c>global::Ns.R.WitLowerOwn</c>.</param>
/// <param name="Lift">The static method lifting a core <c>i32</c> (with the call's scope) to an object.</param>
internal sealed record HandleConversion(string Lower, string Lift);
