using System.Globalization;
using WitBindgen.Runtime.Backends.Direct;

namespace WitBindgen.Runtime.Wasi.Cli;

/// <summary>
/// How <c>wasi:cli/exit</c> ends the guest on the direct backend: as Wasmtime does, the call of the export fails with a
/// <see cref="WitRuntimeException"/> (not a trap) whose <see cref="WitRuntimeException.ExitStatus"/> is the status,
/// and the store refuses later calls. The host process is never ended.
/// </summary>
internal static class WasiExit
{
    /// <summary>The exception an exit implementation throws to end the calling guest with <paramref name="status"/>.</summary>
    public static Exception With(int status) =>
        new DirectGuestTrap(new WitRuntimeException(string.Create(CultureInfo.InvariantCulture, $"Exited with i32 exit status {status}"))
        {
            ExitStatus = status,
        });
}
