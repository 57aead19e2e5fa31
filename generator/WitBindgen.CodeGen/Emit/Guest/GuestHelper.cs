using WitBindgen.CodeGen.Context.Marshal;

namespace WitBindgen.CodeGen.Emit.Guest;

/// <summary>
/// A pair of helper methods the Canonical ABI class declares for one type: <c>Store</c>/<c>Load</c> over linear
/// memory (plus <c>Write</c>/<c>Read</c> for a list's elements), or <c>Lower</c>/<c>Lift</c> over flat core values.
/// </summary>
/// <param name="Type">The type.</param>
/// <param name="Flat">Whether these are the flat helpers, else the memory helpers.</param>
internal sealed record GuestHelper(MarshalType Type, bool Flat);
