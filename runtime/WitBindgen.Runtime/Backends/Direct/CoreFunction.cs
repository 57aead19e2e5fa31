using System.Runtime.CompilerServices;

namespace WitBindgen.Runtime.Backends.Direct;

/// <summary>
/// A core function of a store, called unchecked: arguments and results travel in one caller-supplied span of
/// <see cref="ValRaw"/> slots, with no type check or allocation on the call path.
/// </summary>
internal sealed unsafe class CoreFunction : CoreExternal
{
    private readonly CoreFuncItem _func;
    private readonly bool _hasReferences;
    private readonly string _operation;

    private CoreFunction(CoreStore store, CoreFuncItem func, string name, int parameterCount, int resultCount, bool hasReferences)
        : base(store, name)
    {
        _func = func;
        ParameterCount = parameterCount;
        ResultCount = resultCount;
        _hasReferences = hasReferences;
        _operation = "calling '" + name + "'";
    }

    /// <summary>The number of parameters.</summary>
    public int ParameterCount { get; }

    /// <summary>The number of results.</summary>
    public int ResultCount { get; }

    /// <summary>How many slots <see cref="Call"/> needs: the larger of the parameter and result counts.</summary>
    public int SlotCount => Math.Max(ParameterCount, ResultCount);

    /// <summary>
    /// Calls the function: the parameters are read from the first slots of <paramref name="argsAndResults"/> and the
    /// results written over them. A failure poisons the store, as a failed component call does.
    /// </summary>
    /// <exception cref="ArgumentException">The span has fewer than <see cref="SlotCount"/> slots.</exception>
    /// <exception cref="NotSupportedException">The function takes or returns references.</exception>
    /// <exception cref="WitTrapException">The guest trapped; <see cref="WitTrapException.TrapCode"/> says why.</exception>
    /// <exception cref="WitFuelExhaustedException">The store ran out of fuel.</exception>
    /// <exception cref="WitTimeoutException">The store's call timeout passed.</exception>
    /// <exception cref="WitCallCanceledException">The store's cancellation token was canceled.</exception>
    /// <exception cref="WitInstancePoisonedException">An earlier failure poisoned the store.</exception>
    /// <exception cref="WitConcurrentUseException">Another thread is inside the store.</exception>
    /// <remarks>A host function's exception is rethrown as it was thrown, not wrapped.</remarks>
    public void Call(Span<ValRaw> argsAndResults)
    {
        if (argsAndResults.Length < SlotCount || _hasReferences)
        {
            ThrowUnfit(argsAndResults.Length);
        }

        var store = Store.Store;
        store.ThrowIfPoisoned(Name);
        var armed = store.EnterCall(_operation, Name);
        try
        {
            CallUnchecked(argsAndResults);
        }
        finally
        {
            store.ExitCall(armed);
        }
    }

    /// <summary>
    /// Calls the function like <see cref="Call"/> inside a call the caller has already entered (with
    /// <see cref="ComponentStore.EnterCall"/>, whose deadline covers this call too), skipping the second entry.
    /// </summary>
    /// <exception cref="ArgumentException">The span has fewer than <see cref="SlotCount"/> slots.</exception>
    /// <exception cref="WitTrapException">The guest trapped (the store is poisoned); fuel, timeouts and cancellation throw their own exceptions.</exception>
    internal void CallEntered(Span<ValRaw> argsAndResults)
    {
        if (argsAndResults.Length < SlotCount || _hasReferences)
        {
            ThrowUnfit(argsAndResults.Length);
        }

        Store.Store.ThrowIfPoisoned(Name);
        CallUnchecked(argsAndResults);
    }

    // Never inlined: a host function calling the guest back (realloc inside an import) would otherwise carry the
    // native call's transition frame in its own large frame, which measured several times slower per call.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void CallUnchecked(Span<ValRaw> argsAndResults)
    {
        var func = _func;
        nint trap = 0;
        nint error;
        fixed (ValRaw* slots = argsAndResults)
        {
            error = CoreNativeMethods.wasmtime_func_call_unchecked(Store.Store.EnteredContext, &func, slots, (nuint)argsAndResults.Length, &trap);
        }

        if (error != 0 || trap != 0)
        {
            throw Store.FailCall(error, trap, Name, _operation);
        }
    }

    /// <summary>Wraps <paramref name="func"/>, reading its signature once.</summary>
    internal static CoreFunction Create(CoreStore store, CoreFuncItem func, string name)
    {
        nint type;
        using (var entered = store.Enter("reading a function's type"))
        {
            type = CoreNativeMethods.wasmtime_func_type(entered.Context, &func);
        }

        try
        {
            var (parameters, results, references) = CoreFuncType.Read(type);
            return new CoreFunction(store, func, name, parameters, results, references);
        }
        finally
        {
            CoreNativeMethods.wasm_functype_delete(type);
        }
    }

    /// <summary>The same function under the name <paramref name="name"/>, which its failures report; no native call.</summary>
    internal CoreFunction Named(string name) => new(Store, _func, name, ParameterCount, ResultCount, _hasReferences);

    /// <inheritdoc />
    internal override CoreExtern ToExtern() => new() { Kind = CoreExternKind.Func, Func = _func };

    /// <summary>The native function, e.g. for a table element.</summary>
    internal CoreFuncItem Item => _func;

    private void ThrowUnfit(int slots)
    {
        if (_hasReferences)
        {
            throw new NotSupportedException($"The core function '{Name}' takes or returns references, which an unchecked call cannot pass safely.");
        }

        throw new ArgumentException(
            $"The core function '{Name}' needs {SlotCount} slot(s) for its {ParameterCount} parameter(s) and {ResultCount} result(s), got {slots}.",
            "argsAndResults");
    }
}
