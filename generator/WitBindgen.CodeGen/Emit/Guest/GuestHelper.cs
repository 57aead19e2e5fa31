using WitBindgen.CodeGen.Context.Marshal;

namespace WitBindgen.CodeGen.Emit.Guest;

/// <summary>
/// A pair of helper methods the Canonical ABI class declares for one type: <c>Store</c>/<c>Load</c> over linear
/// memory (plus <c>Write</c>/<c>Read</c> for a list's elements), or <c>Lower</c>/<c>Lift</c> over flat core values.
/// </summary>
internal sealed class GuestHelper
{
    /// <param name="type">The type.</param>
    /// <param name="flat">Whether these are the flat helpers, else the memory helpers.</param>
    public GuestHelper(MarshalType type, bool flat)
    {
        Type = type;
        Flat = flat;
    }

    /// <summary>The type.</summary>
    public MarshalType Type { get; }

    /// <summary>Whether these are the flat helpers, else the memory helpers.</summary>
    public bool Flat { get; }
}
