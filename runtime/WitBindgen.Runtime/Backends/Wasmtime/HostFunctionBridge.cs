using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

using WitBindgen.Runtime.Native;

namespace WitBindgen.Runtime.Backends.Wasmtime;

/// <summary>
/// The native entry points Wasmtime calls for host functions. Managed exceptions are caught here (they must
/// never unwind through Wasmtime's frames), parked in a thread-local slot and turned into a Wasmtime error;
/// <see cref="ComponentFunction.Call"/> picks the parked exception up when the guest call fails.
/// </summary>
internal static unsafe class HostFunctionBridge
{
    [ThreadStatic]
    private static HostFailure? pendingException;

    /// <summary>The callback pointer passed to <c>wasmtime_component_linker_instance_add_func</c>.</summary>
    public static delegate* unmanaged[Cdecl]<nint, nint, nint, ComponentVal*, nuint, ComponentVal*, nuint, nint> InvokePointer => &Invoke;

    /// <summary>The finalizer pointer that releases a registration when Wasmtime drops the definition.</summary>
    public static delegate* unmanaged[Cdecl]<nint, void> ReleasePointer => &Release;

    /// <summary>Pins <paramref name="registration"/> for native code; released by <see cref="ReleasePointer"/>.</summary>
    public static nint Register(HostFunctionRegistration registration) => GCHandle.ToIntPtr(GCHandle.Alloc(registration));

    /// <summary>Takes (and clears) the exception a host function threw on this thread, if any, with that function's name.</summary>
    public static HostFailure? TakePendingException()
    {
        var exception = pendingException;
        pendingException = null;
        return exception;
    }

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static nint Invoke(nint data, nint context, nint functionType, ComponentVal* args, nuint argCount, ComponentVal* results, nuint resultCount)
    {
        HostFunctionRegistration? registration = null;
        ResourceScope.Exit scope = default;
        try
        {
            registration = (HostFunctionRegistration)GCHandle.FromIntPtr(data).Target!;
            scope = ResourceScope.EnterHostCall(context, registration.DisplayName);
            registration.Callback(
                new ReadOnlySpan<ComponentVal>(args, checked((int)argCount)),
                new Span<ComponentVal>(results, checked((int)resultCount)));
            return 0;
        }
        catch (Exception exception)
        {
            var name = registration?.DisplayName ?? "<unknown>";
            pendingException = new HostFailure(exception, name);
            try
            {
                scope.DiscardOwned();
            }
            catch (Exception)
            {
                // The table is the store's own; a failure here leaves the object to the store's disposal.
            }

            return WasmtimeError.Create($"host function '{name}' threw {exception.GetType().FullName}: {exception.Message}");
        }
        finally
        {
            scope.Dispose();
        }
    }

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static void Release(nint data) => GCHandle.FromIntPtr(data).Free();
}

/// <summary>An exception a host function threw, and the WIT name of that function (for messages).</summary>
internal readonly record struct HostFailure(Exception Exception, string FunctionName);
