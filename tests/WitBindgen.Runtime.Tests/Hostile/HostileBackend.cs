namespace WitBindgen.Runtime.Tests.Hostile;

/// <summary>
/// The backend a hostile-guest case runs on: a separate axis of every case, so the same corpus and expectations run
/// on each backend the runtime has (today only Wasmtime's component API).
/// </summary>
public enum HostileBackend
{
    /// <summary>Wasmtime's component API, the runtime's default backend.</summary>
    Wasmtime,
}
