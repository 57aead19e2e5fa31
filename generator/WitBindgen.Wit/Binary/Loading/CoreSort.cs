namespace WitBindgen.Wit.Binary.Loading;

/// <summary>The kind of a core WebAssembly definition, as a core import, export or alias names it.</summary>
internal enum CoreSort
{
    /// <summary>A core function.</summary>
    Func,

    /// <summary>A table.</summary>
    Table,

    /// <summary>A linear memory.</summary>
    Memory,

    /// <summary>A global.</summary>
    Global,

    /// <summary>An exception tag.</summary>
    Tag,

    /// <summary>A core type (outer aliases only).</summary>
    Type,

    /// <summary>A core module.</summary>
    Module,

    /// <summary>A core instance.</summary>
    Instance,
}
