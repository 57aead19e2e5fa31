namespace WitBindgen.Runtime.Wasi.Cli;

/// <summary>
/// The fixed standard input of one store (<see cref="WasiConfiguration.WithStandardInput(ReadOnlySpan{byte})"/>) and
/// how much of it the guest has read: every stream <c>get-stdin</c> returns reads on from there, as Wasmtime's do.
/// </summary>
internal sealed class SharedStdinBytes
{
    /// <summary>Creates the state over <paramref name="bytes"/> (not copied: the configuration's copy never changes).</summary>
    public SharedStdinBytes(ReadOnlyMemory<byte> bytes) => Rest = bytes;

    /// <summary>What the guest has not read yet.</summary>
    public ReadOnlyMemory<byte> Rest { get; set; }
}
