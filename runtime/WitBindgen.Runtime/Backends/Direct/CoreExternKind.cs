namespace WitBindgen.Runtime.Backends.Direct;

/// <summary>What a <see cref="CoreExtern"/> holds, numbered as <c>wasmtime_extern_kind_t</c>.</summary>
internal enum CoreExternKind : byte
{
    /// <summary>A function.</summary>
    Func = 0,

    /// <summary>A global.</summary>
    Global = 1,

    /// <summary>A table.</summary>
    Table = 2,

    /// <summary>A memory.</summary>
    Memory = 3,

    /// <summary>A shared memory (not used by this runtime).</summary>
    SharedMemory = 4,

    /// <summary>An exception tag (not used by this runtime).</summary>
    Tag = 5,
}
