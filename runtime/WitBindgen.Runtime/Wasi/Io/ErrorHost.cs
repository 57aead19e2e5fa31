namespace WitBindgen.Runtime.Wasi.Io;

/// <summary>
/// The direct backend's <c>wasi:io/error</c>: a stateless router to the calling store's <see cref="WasiContext"/>.
/// </summary>
internal sealed class ErrorHost : global::WitBindgen.Runtime.Wasi.Bindings.Error.IError
{
    /// <summary>The one instance every linker uses.</summary>
    public static readonly ErrorHost Instance = new();
}
