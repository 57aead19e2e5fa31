namespace WitBindgen.Runtime;

/// <summary>Where the guest's clocks and random numbers come from.</summary>
public sealed partial class WasiConfiguration
{
    private TimeProvider? _timeProvider;
    private ulong? _randomSeed;

    /// <summary>
    /// Takes the guest's clocks from <paramref name="timeProvider"/>: <c>wasi:clocks/wall-clock</c> reads its UTC
    /// time, <c>wasi:clocks/monotonic-clock</c> its timestamp, and the pollables of <c>subscribe-instant</c> and
    /// <c>subscribe-duration</c> become ready through its timers, so a test can freeze and advance the guest's time.
    /// Honoured by the direct backend only: a component that runs on the Wasmtime backend in a store with this option
    /// is refused, naming it. Default: <see cref="TimeProvider.System"/>.
    /// </summary>
    public WasiConfiguration WithTimeProvider(TimeProvider timeProvider)
    {
        _timeProvider = timeProvider ?? throw new ArgumentNullException(nameof(timeProvider));
        UseDirectOnlyOption("WasiConfiguration.WithTimeProvider");
        return this;
    }

    /// <summary>
    /// Makes <c>wasi:random/random</c>, <c>insecure</c> and <c>insecure-seed</c> deterministic: two stores with the
    /// same <paramref name="seed"/> see the same numbers, for reproducible runs. Not cryptographically secure; never
    /// use it where the guest needs real randomness. Honoured by the direct backend only: a component that runs on
    /// the Wasmtime backend in a store with this option is refused, naming it. Default: <c>random</c> comes from the
    /// operating system's cryptographic generator, as on Wasmtime.
    /// </summary>
    public WasiConfiguration WithRandomSeed(ulong seed)
    {
        _randomSeed = seed;
        UseDirectOnlyOption("WasiConfiguration.WithRandomSeed");
        return this;
    }

    /// <summary>The guest's time source (<see cref="TimeProvider.System"/> unless one was set).</summary>
    internal TimeProvider TimeProvider => _timeProvider ?? TimeProvider.System;

    /// <summary>The seed of the guest's random numbers, or null for the operating system's generator.</summary>
    internal ulong? RandomSeed => _randomSeed;
}
