using System.Collections;

namespace WitBindgen.Runtime.Wasi.Cli;

/// <summary>
/// The direct backend's <c>wasi:cli/environment</c>: the arguments and environment variables the calling store's
/// configuration grants (none by default), or the host process's when it inherits them; no initial directory, as on
/// Wasmtime.
/// </summary>
internal sealed class EnvironmentHost : global::WitBindgen.Runtime.Wasi.Bindings.Environment.IEnvironment
{
    /// <summary>The one instance every linker uses.</summary>
    public static readonly EnvironmentHost Instance = new();

    /// <inheritdoc />
    public (string, string)[] GetEnvironment()
    {
        var configuration = WasiContext.Current.Configuration;
        if (configuration.InheritsEnvironment)
        {
            return Environment.GetEnvironmentVariables().Cast<DictionaryEntry>()
                .Select(e => ((string)e.Key, e.Value as string ?? string.Empty))
                .OrderBy(e => e.Item1, StringComparer.Ordinal)
                .ToArray();
        }

        return configuration.EnvironmentVariables.Select(e => (e.Key, e.Value)).ToArray();
    }

    /// <inheritdoc />
    public string[] GetArguments()
    {
        var configuration = WasiContext.Current.Configuration;
        return configuration.InheritsArgs ? HostArguments.Get() : [.. configuration.Args];
    }

    /// <inheritdoc />
    public string? InitialCwd() => null;
}
