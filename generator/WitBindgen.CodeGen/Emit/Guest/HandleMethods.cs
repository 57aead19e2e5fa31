using WitBindgen.CodeGen.Context.Marshal;

namespace WitBindgen.CodeGen.Emit.Guest;

/// <summary>
/// The methods of a resource class that turn its objects into handles and back, as the Canonical ABI's
/// <c>lower_own</c>/<c>lower_borrow</c>/<c>lift_own</c>/<c>lift_borrow</c> (see <see cref="ResourceEmitter"/>).
/// </summary>
/// <param name="Lower">The static method lowering an object to its core <c>i32</c>: <c>global::Ns.R.WitLowerOwn</c>.</param>
/// <param name="Lift">The static method lifting a core <c>i32</c> (with the call's scope) to an object.</param>
internal sealed record HandleMethods(string Lower, string Lift)
{
    /// <summary>The lowering method names, by ownership.</summary>
    public const string LowerOwn = "WitLowerOwn";

    /// <inheritdoc cref="LowerOwn"/>
    public const string LowerBorrow = "WitLowerBorrow";

    /// <summary>The lifting method names, by ownership.</summary>
    public const string LiftOwn = "WitLiftOwn";

    /// <inheritdoc cref="LiftOwn"/>
    public const string LiftBorrow = "WitLiftBorrow";

    /// <summary>The methods for <paramref name="handle"/>, by its ownership.</summary>
    public static HandleMethods Of(HandleMarshal handle) => handle.Borrow
        ? new HandleMethods($"{handle.ResourceClass}.{LowerBorrow}", $"{handle.ResourceClass}.{LiftBorrow}")
        : new HandleMethods($"{handle.ResourceClass}.{LowerOwn}", $"{handle.ResourceClass}.{LiftOwn}");
}
