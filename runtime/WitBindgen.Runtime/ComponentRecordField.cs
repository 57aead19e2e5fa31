using System.Runtime.InteropServices;

namespace WitBindgen.Runtime;

/// <summary>
/// One field of a record value; mirrors <c>wasmtime_component_valrecord_entry_t</c> (48 bytes on 64-bit).
/// Owned by the record that contains it.
/// </summary>
[StructLayout(LayoutKind.Sequential)]
public struct ComponentRecordField
{
    /// <summary>The field name (kebab-case, as in WIT).</summary>
    public ComponentValName Name;

    /// <summary>The field value.</summary>
    public ComponentVal Value;
}
