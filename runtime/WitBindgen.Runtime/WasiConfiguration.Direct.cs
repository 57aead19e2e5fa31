using WitBindgen.Runtime.Native;

namespace WitBindgen.Runtime;

/// <summary>What the direct backend's WASI reads from a configuration, and the options only it honours.</summary>
public sealed partial class WasiConfiguration
{
    private List<string> _directOnlyOptions = [];

    /// <summary>
    /// The public names of the options set on this configuration that only the direct backend honours (for example
    /// <c>WasiConfiguration.WithTimeProvider</c>), in the order first set. A store with any of them refuses to
    /// instantiate a component on the Wasmtime backend, naming the first.
    /// </summary>
    internal IReadOnlyList<string> DirectOnlyOptions => _directOnlyOptions;

    /// <summary>The arguments the guest sees (when <see cref="InheritsArgs"/> is false).</summary>
    internal IReadOnlyList<string> Args => _args;

    /// <summary>Whether the guest sees the host process's arguments.</summary>
    internal bool InheritsArgs => _inheritArgs;

    /// <summary>The environment variables the guest sees, in the order added (when <see cref="InheritsEnvironment"/> is false).</summary>
    internal IReadOnlyList<KeyValuePair<string, string>> EnvironmentVariables => _environment;

    /// <summary>Whether the guest sees the host process's environment.</summary>
    internal bool InheritsEnvironment => _inheritEnvironment;

    /// <summary>The guest's standard input when fixed bytes were given, else null.</summary>
    internal byte[]? StandardInputBytes => _stdin;

    /// <summary>Whether the guest reads the host's standard input.</summary>
    internal bool InheritsStandardInput => _inheritStdin;

    /// <summary>Where the guest's standard output goes when captured, else null.</summary>
    internal IWasiOutputSink? StandardOutputSink => _stdout;

    /// <summary>Whether the guest writes to the host's standard output.</summary>
    internal bool InheritsStandardOutput => _inheritStdout;

    /// <summary>Where the guest's standard error goes when captured, else null.</summary>
    internal IWasiOutputSink? StandardErrorSink => _stderr;

    /// <summary>Whether the guest writes to the host's standard error.</summary>
    internal bool InheritsStandardError => _inheritStderr;

    /// <summary>The host directories granted, in the order added.</summary>
    internal IReadOnlyList<(string Host, string Guest, bool ReadOnly)> PreopenedDirectories => _directories;

    /// <summary>
    /// Records that the option <paramref name="publicName"/> (<c>WasiConfiguration.WithX</c>), which only the direct
    /// backend honours, is set. Each such option's setter calls this.
    /// </summary>
    internal void UseDirectOnlyOption(string publicName)
    {
        if (!_directOnlyOptions.Contains(publicName))
        {
            _directOnlyOptions.Add(publicName);
        }
    }

    /// <summary>
    /// A copy for a store, so that later changes to this configuration do not reach stores created already. Lists are
    /// copied; other fields, including any an option adds, are copied as they are (an option that keeps a mutable
    /// collection copies it here).
    /// </summary>
    internal WasiConfiguration Snapshot()
    {
        var copy = (WasiConfiguration)MemberwiseClone();
        copy._args = [.. _args];
        copy._environment = [.. _environment];
        copy._directories = [.. _directories];
        copy._directOnlyOptions = [.. _directOnlyOptions];
        copy._unstableFeatures = [.. _unstableFeatures];
        return copy;
    }

    /// <summary>Throws when an option only the direct backend honours is set: the component runs on the Wasmtime backend.</summary>
    /// <param name="fallbackReason">Why the component runs on the Wasmtime backend, when it fell back from Auto.</param>
    /// <exception cref="WitRuntimeException">Such an option is set.</exception>
    internal void ThrowIfDirectOnly(string? fallbackReason)
    {
        if (_directOnlyOptions.Count == 0)
        {
            return;
        }

        var why = fallbackReason is null ? "" : $" ({fallbackReason})";
        throw new WitRuntimeException(
            $"The store's WASI configuration sets {_directOnlyOptions[0]}, which only the direct backend honours, but the component runs on the Wasmtime backend{why}.");
    }
}
