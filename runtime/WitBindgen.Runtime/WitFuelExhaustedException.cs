namespace WitBindgen.Runtime;

/// <summary>
/// The guest used up the store's fuel (<see cref="ComponentStore.Fuel"/>, engines with
/// <see cref="WasmEngineOptions.ConsumeFuel"/>). The instance is poisoned afterwards, as after any trap.
/// </summary>
public sealed class WitFuelExhaustedException : WitTrapException
{
    /// <summary>Creates the exception with a message.</summary>
    public WitFuelExhaustedException(string message)
        : base(message)
    {
    }
}
