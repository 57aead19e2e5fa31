namespace WitBindgen.Runtime;

/// <summary>
/// After a trap (or an interrupt, fuel exhaustion, a failed host function, a WASI exit, or any value Wasmtime could
/// not move across the boundary once the guest was entered) Wasmtime refuses to enter the store's instances again. The store remembers which failure that was and names it on every later call.
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

    /// <summary>
    /// Classifies a failed call of an exported function and poisons the store unless Wasmtime refused the call before
    /// entering the instance. Once entered, every failure leaves the instance refusing later calls: a trap, a failed host
    /// function, and equally a value Wasmtime could not move across the boundary (arguments it could not lower, a
    /// guest realloc's bad pointer, results it could not lift such as invalid UTF-8, an out-of-bounds pointer, a bad
    /// discriminant or a surrogate <c>char</c>, or a borrow the guest kept at the end of the call).
    /// </summary>
    internal Exception FailCall(WitRuntimeException error, string functionName)
    {
        var classified = Classify(error, functionName);
        if (IsRefusal(classified))
        {
            return PoisonedException(functionName, (WitTrapException)classified);
        }

        if (!IsRefusedBeforeEntering(classified))
        {
            Poison(classified, functionName);
        }

        return classified;
    }

    /// <summary>
    /// Classifies a failed resource drop. Wasmtime checks the handle before it runs the guest's destructor, so only a
    /// failure raised while the guest ran (one with a wasm backtrace, a failed host function, a trap or an interrupt)
    /// poisons the store; an unknown or foreign handle does not.
    /// </summary>
    internal Exception FailDrop(WitRuntimeException error, string functionName)
    {
        var classified = Classify(error, functionName);
        if (IsRefusal(classified))
        {
            return PoisonedException(functionName, (WitTrapException)classified);
        }

        if (classified is WitTrapException or WitTimeoutException or WitCallCanceledException
            || (classified is WitRuntimeException runtime
                && (runtime.InnerException is not null || runtime.ExitStatus is not null || !string.IsNullOrEmpty(runtime.WasmBacktrace))))
        {
            Poison(classified, functionName);
        }

        return classified;
    }

    // Poisoned by a failure this runtime did not see (or saw as harmless): Wasmtime's refusal to enter.
    private static bool IsRefusal(Exception classified) =>
        classified is WitTrapException trap && trap.Message.Contains("cannot enter component instance", StringComparison.Ordinal);

    // The only checks Wasmtime makes before it enters the instance: the number of arguments and of result slots.
    private static bool IsRefusedBeforeEntering(Exception classified) =>
        classified.GetType() == typeof(WitRuntimeException)
        && classified.InnerException is null
        && string.IsNullOrEmpty(((WitRuntimeException)classified).WasmBacktrace)
        && (classified.Message.Contains(" argument(s), got ", StringComparison.Ordinal)
            || classified.Message.Contains(" result(s), got ", StringComparison.Ordinal));

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
