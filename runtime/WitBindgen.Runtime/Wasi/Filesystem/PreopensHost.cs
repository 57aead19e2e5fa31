using Descriptor = global::WitBindgen.Runtime.Wasi.Bindings.Types.Descriptor;

namespace WitBindgen.Runtime.Wasi.Filesystem;

/// <summary>
/// The direct backend's <c>wasi:filesystem/preopens</c>: a stateless router to the calling store's <see cref="WasiContext"/>.
/// </summary>
internal sealed class PreopensHost : global::WitBindgen.Runtime.Wasi.Bindings.Preopens.IPreopens
{
    /// <summary>The one instance every linker uses.</summary>
    public static readonly PreopensHost Instance = new();

    /// <inheritdoc />
    /// <remarks>Every call hands out new handles to the same directories, as Wasmtime does.</remarks>
    public (Descriptor, string)[] GetDirectories() =>
        [.. FilesystemState.Current.Preopens.Select(preopen => ((Descriptor)new WasiDescriptor(preopen.Root), preopen.GuestPath))];
}
