namespace WitBindgen.Runtime.Wasi.Cli;

/// <summary>
/// The host process's standard streams, opened once and shared by every store that inherits them (never closed), as
/// Wasmtime shares the process's.
/// </summary>
internal static class HostStandardStreams
{
    private static readonly Lazy<Stream> Input = new(Console.OpenStandardInput);
    private static readonly Lazy<Stream> Output = new(Console.OpenStandardOutput);
    private static readonly Lazy<Stream> Error = new(Console.OpenStandardError);

    /// <summary>The host's standard input.</summary>
    public static Stream StandardInput => Input.Value;

    /// <summary>The host's standard output.</summary>
    public static Stream StandardOutput => Output.Value;

    /// <summary>The host's standard error.</summary>
    public static Stream StandardError => Error.Value;
}
