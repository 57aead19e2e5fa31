using System.Runtime.InteropServices;

namespace WitBindgen.Runtime.Backends.Direct;

/// <summary>
/// Mirrors <c>wasmtime_extern_t</c> (v50): a one-byte kind, then at offset 8 a union of the item types whose largest
/// members (globals, memories and tables, 24 bytes each) make it 32 bytes in all (checked by the layout tests).
/// </summary>
[StructLayout(LayoutKind.Explicit, Size = 32)]
internal struct CoreExtern
{
    /// <summary>Which union member is valid.</summary>
    [FieldOffset(0)]
    public CoreExternKind Kind;

    /// <summary>Valid for <see cref="CoreExternKind.Func"/>.</summary>
    [FieldOffset(8)]
    public CoreFuncItem Func;

    /// <summary>Valid for <see cref="CoreExternKind.Global"/>.</summary>
    [FieldOffset(8)]
    public CoreGlobalItem Global;

    /// <summary>Valid for <see cref="CoreExternKind.Table"/>.</summary>
    [FieldOffset(8)]
    public CoreTableItem Table;

    /// <summary>Valid for <see cref="CoreExternKind.Memory"/>.</summary>
    [FieldOffset(8)]
    public CoreMemoryItem Memory;
}
