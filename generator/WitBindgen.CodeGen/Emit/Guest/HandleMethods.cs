using WitBindgen.CodeGen.Context.Marshal;
using WitBindgen.CodeGen.Emit.Abi;

namespace WitBindgen.CodeGen.Emit.Guest;

/// <summary>
/// The methods of a guest resource class that turn its objects into handles and back, as the Canonical ABI's
/// <c>lower_own</c>/<c>lower_borrow</c>/<c>lift_own</c>/<c>lift_borrow</c> (see <see cref="ResourceEmitter"/>).
/// </summary>
internal static class HandleMethods
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
    public static HandleConversion Of(HandleMarshal handle) => handle.Borrow
        ? HandleConversion.Methods($"{handle.ResourceClass}.{LowerBorrow}", $"{handle.ResourceClass}.{LiftBorrow}")
        : HandleConversion.Methods($"{handle.ResourceClass}.{LowerOwn}", $"{handle.ResourceClass}.{LiftOwn}");
}
