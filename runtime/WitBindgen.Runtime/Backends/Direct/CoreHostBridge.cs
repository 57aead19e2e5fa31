using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace WitBindgen.Runtime.Backends.Direct;

/// <summary>
/// The native entry point of every host function defined with <c>wasmtime_linker_define_func_unchecked</c>.
/// Managed exceptions are caught here (they must never unwind through Wasmtime's frames), parked for the store
/// and thread that called, and turned into a trap; the call into the guest that failed because of it rethrows
/// the parked exception itself (<see cref="CoreStore"/>).
/// </summary>
internal static unsafe class CoreHostBridge
{
    // Per thread (a store runs on one thread at a time) and tagged with the store's context, so a failure parked
    // for one store is never claimed by a call into another store on the same thread.
    [ThreadStatic]
    private static Pending? pending;

    /// <summary>The callback pointer passed to <c>wasmtime_linker_define_func_unchecked</c>.</summary>
    public static delegate* unmanaged[Cdecl]<nint, nint, ValRaw*, nuint, nint> InvokePointer => &Invoke;

    /// <summary>The finalizer pointer that releases a registration when Wasmtime drops the definition.</summary>
    public static delegate* unmanaged[Cdecl]<nint, void> ReleasePointer => &Release;

    /// <summary>Pins <paramref name="registration"/> for native code; released by <see cref="ReleasePointer"/>.</summary>
    public static nint Register(CoreHostRegistration registration) => GCHandle.ToIntPtr(GCHandle.Alloc(registration));

    /// <summary>Takes (and clears) the exception a host function of the store <paramref name="context"/> threw on this thread.</summary>
    public static Exception? TakePending(nint context)
    {
        if (pending is { } parked && parked.Context == context)
        {
            pending = null;
            return parked.Exception;
        }

        return null;
    }

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static nint Invoke(nint data, nint caller, ValRaw* argsAndResults, nuint count)
    {
        CoreHostRegistration? registration = null;
        nint context = 0;
        try
        {
            registration = (CoreHostRegistration)GCHandle.FromIntPtr(data).Target!;
            context = CoreNativeMethods.wasmtime_caller_context(caller);
            registration.Callback(new CoreCaller(context), new Span<ValRaw>(argsAndResults, checked((int)count)));
            return 0;
        }
        catch (Exception exception)
        {
            var name = registration?.DisplayName ?? "<unknown>";
            pending = new Pending(context, exception);
            try
            {
                return CoreTraps.Create($"host function '{name}' threw {exception.GetType().FullName}: {exception.Message}");
            }
            catch (Exception)
            {
                return CoreTraps.Create("a host function threw");
            }
        }
    }

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static void Release(nint data) => GCHandle.FromIntPtr(data).Free();

    private sealed record Pending(nint Context, Exception Exception);
}
