namespace WitBindgen.Runtime.Tests.Hostile;

/// <summary>
/// The backend a hostile-guest case runs on: a separate axis of every case, so the same corpus and expectations run
/// on each backend the runtime has.
/// </summary>
public enum HostileBackend
{
    /// <summary>Wasmtime's component API, the runtime's default backend.</summary>
    Wasmtime,

    /// <summary>The direct backend: the component's core modules on Wasmtime's core API, the Canonical ABI in .NET.</summary>
    Direct,
}
