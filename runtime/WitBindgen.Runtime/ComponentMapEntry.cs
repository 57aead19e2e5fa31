using System.Runtime.InteropServices;

namespace WitBindgen.Runtime;

/// <summary>One entry of a map value (key then value, 64 bytes on 64-bit). Owned by the map that contains it.</summary>
[StructLayout(LayoutKind.Sequential)]
public struct ComponentMapEntry
{
    /// <summary>The key.</summary>
    public ComponentVal Key;

    /// <summary>The value.</summary>
    public ComponentVal Value;
}
