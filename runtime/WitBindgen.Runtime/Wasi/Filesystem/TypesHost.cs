using WitBindgen.Runtime.Wasi.Io;
using Error = global::WitBindgen.Runtime.Wasi.Bindings.Error.Error;
using ErrorCode = global::WitBindgen.Runtime.Wasi.Bindings.Types.ErrorCode;

namespace WitBindgen.Runtime.Wasi.Filesystem;

/// <summary>
/// The direct backend's <c>wasi:filesystem/types</c>: a stateless router to the calling store's <see cref="WasiContext"/>.
/// </summary>
internal sealed class TypesHost : global::WitBindgen.Runtime.Wasi.Bindings.Types.ITypes
{
    /// <summary>The one instance every linker uses.</summary>
    public static readonly TypesHost Instance = new();

    /// <inheritdoc />
    /// <remarks>
    /// Like Wasmtime, any stream error that came from a host I/O failure has a code: a file stream's own, else
    /// <c>io</c>; other errors have none.
    /// </remarks>
    public ErrorCode? FilesystemErrorCode(Error err) => err switch
    {
        WasiError { Cause: FsStreamException file } => (ErrorCode)file.Code,
        WasiError { Cause: IOException } => ErrorCode.Io,
        _ => null,
    };
}
