using System.Runtime.InteropServices;

namespace WitBindgen.Runtime.Native;

/// <summary>P/Invokes for WASI network grants.</summary>
internal static partial class NativeMethods
{
    [LibraryImport(Library)] public static partial void wasi_config_inherit_network(nint config);
    [LibraryImport(Library)] public static partial void wasi_config_allow_ip_name_lookup(nint config, [MarshalAs(UnmanagedType.U1)] bool enable);
}
