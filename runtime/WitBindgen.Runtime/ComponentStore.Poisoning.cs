namespace WitBindgen.Runtime;

/// <summary>
/// After a trap (or an interrupt, fuel exhaustion, a failed host function or a WASI exit) Wasmtime refuses to enter
/// the store's instances again. The store remembers which failure that was and names it on every later call.
/// </summary>
public sealed partial class ComponentStore
{
    private Exception? _poisonedBy;
    private string? _poisonedByFunction;

    /// <summary>
    /// Whether an earlier failure made the store's instances unusable. Continue with a new store and instance
    /// (<see cref="ComponentInstanceFactory.Create"/>, or a new <see cref="ComponentStore"/> and
    /// <see cref="ComponentLinker.Instantiate"/> with the same linker and compiled component).
    /// </summary>
    public bool IsPoisoned => _poisonedBy is not null;

    /// <summary>The failure that made the store's instances unusable, or null.</summary>
    public Exception? PoisonedBy => _poisonedBy;

    internal void Poison(Exception error, string functionName)
    {
        if (_poisonedBy is null)
        {
            _poisonedBy = error;
            _poisonedByFunction = functionName;
        }
    }

    /// <summary>Classifies a failed call into this store and poisons the store when the guest did not finish.</summary>
    internal Exception FailCall(WitRuntimeException error, string functionName)
    {
        var classified = Classify(error, functionName);
        if (classified is WitTrapException trap && trap.Message.Contains("cannot enter component instance", StringComparison.Ordinal))
        {
            // Poisoned by a failure this runtime did not see.
            return PoisonedException(functionName, trap);
        }

        // An error with a wasm backtrace was raised while the guest ran (e.g. a canonical built-in refusing an unknown
        // handle): like a trap, it leaves the instance refusing to be entered. Argument checks fail before that.
        if (classified is WitTrapException or WitTimeoutException or WitCallCanceledException
            || (classified is WitRuntimeException runtime
                && (runtime.InnerException is not null || runtime.ExitStatus is not null || !string.IsNullOrEmpty(runtime.WasmBacktrace))))
        {
            Poison(classified, functionName);
        }

        return classified;
    }

    internal void ThrowIfPoisoned(string? functionName)
    {
        if (_poisonedBy is not null)
        {
            throw PoisonedException(functionName, wasmtimeError: null);
        }
    }

    internal WitInstancePoisonedException PoisonedException(string? functionName, WitTrapException? wasmtimeError)
    {
        var cause = _poisonedBy is null
            ? "an earlier failure"
            : $"the earlier failure of '{_poisonedByFunction}' ({Summary(_poisonedBy.Message)})";
        var what = functionName is null ? "Cannot instantiate in this store" : $"Cannot call '{functionName}'";
        return new WitInstancePoisonedException(
            $"{what}: the store was poisoned by {cause}; Wasmtime cannot enter component instance after a trap. " +
            "Create a new store and instance (ComponentInstanceFactory.Create, or a new ComponentStore and ComponentLinker.Instantiate " +
            "with the same linker and compiled component).",
            _poisonedBy,
            wasmtimeError)
        {
            FunctionName = functionName,
        };
    }

    /// <summary>The line of a Wasmtime message that says what happened (the trap), without the backtrace.</summary>
    private static string Summary(string message)
    {
        var lines = message.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return lines.FirstOrDefault(l => l.StartsWith("wasm trap:", StringComparison.Ordinal))
            ?? lines.LastOrDefault(l => !l.StartsWith("Caused by", StringComparison.Ordinal) && !char.IsDigit(l[0]))
            ?? message;
    }
}
