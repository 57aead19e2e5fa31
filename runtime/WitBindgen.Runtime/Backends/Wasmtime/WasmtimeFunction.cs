using WitBindgen.Runtime.Native;

namespace WitBindgen.Runtime.Backends.Wasmtime;

/// <summary>
/// An exported function on the Wasmtime backend: its <c>wasmtime_component_func_t</c>, called through the component
/// C API, which type-checks, lowers and lifts the values and runs post-return.
/// </summary>
internal readonly unsafe struct WasmtimeFunction
{
    private readonly FuncItem _func;

    public WasmtimeFunction(FuncItem func)
    {
        _func = func;
    }

    /// <summary>
    /// <see cref="ComponentFunction.Call"/> of <paramref name="function"/> on this backend, with the checks around
    /// every call (<see cref="ComponentFunction.EnterCall"/>) and the own resource arguments settled.
    /// </summary>
    public void Call(ComponentFunction function, ReadOnlySpan<ComponentVal> args, Span<ComponentVal> results)
    {
        var store = function.Store;
        bool armed;
        try
        {
            armed = function.EnterCall();
        }
        catch (Exception refused) when (refused is WitCallCanceledException or WitReentranceException)
        {
            ResourceScope.SettleOwnedArguments(store, received: false);
            throw;
        }

        try
        {
            var context = store.EnteredContext;
            var func = _func;
            nint error;
            fixed (ComponentVal* argPointer = args)
            fixed (ComponentVal* resultPointer = results)
            {
                error = NativeMethods.wasmtime_component_func_call(&func, context, argPointer, (nuint)args.Length, resultPointer, (nuint)results.Length);
            }

            if (error != 0)
            {
                var failure = function.FailCall(WasmtimeError.ToException(error, $"calling '{function.Name}'", HostFunctionBridge.TakePendingException(), function.Name));

                // Unless the guest ran (and failed, poisoning the store), it never took the own arguments.
                ResourceScope.SettleOwnedArguments(store, received: store.IsPoisoned);
                throw failure;
            }

            ResourceScope.SettleOwnedArguments(store, received: true);

            error = NativeMethods.wasmtime_component_func_post_return(&func, context);
            if (error != 0)
            {
                ComponentVal.Free(results);
                throw function.FailCall(WasmtimeError.ToException(error, $"finishing the call to '{function.Name}'", HostFunctionBridge.TakePendingException(), function.Name));
            }
        }
        finally
        {
            function.ExitCall(armed);
        }
    }
}
