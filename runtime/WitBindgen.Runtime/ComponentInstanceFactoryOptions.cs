namespace WitBindgen.Runtime;

/// <summary>What every store made by a <see cref="ComponentInstanceFactory"/> gets.</summary>
public sealed record ComponentInstanceFactoryOptions
{
    /// <summary>Builds the WASI grants of each new store (called once per instance); null: nothing granted.</summary>
    public Func<WasiConfiguration?>? Wasi { get; init; }

    /// <summary>The store limits of each new store (<see cref="ComponentStore.Limits"/>).</summary>
    public StoreLimits? Limits { get; init; }

    /// <summary>The fuel each new store starts with (engines with <see cref="WasmEngineOptions.ConsumeFuel"/>).</summary>
    public ulong? Fuel { get; init; }

    /// <summary>The call timeout of each new store (<see cref="ComponentStore.CallTimeout"/>).</summary>
    public TimeSpan? CallTimeout { get; init; }
}
