using System.Runtime.InteropServices;

namespace WitBindgen.Runtime.Native;

/// <summary>P/Invokes for sharing an engine.</summary>
internal static partial class NativeMethods
{
    /// <summary>A new <c>wasm_engine_t</c> sharing <paramref name="engine"/>'s internals (deleted on its own).</summary>
    [LibraryImport(Library)] public static partial nint wasmtime_engine_clone(nint engine);
}
