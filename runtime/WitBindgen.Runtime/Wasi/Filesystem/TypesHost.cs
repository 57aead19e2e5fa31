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
    public ErrorCode? FilesystemErrorCode(Error err) => throw WasiTrap.NotImplemented("wasi:filesystem/types#filesystem-error-code");
}
