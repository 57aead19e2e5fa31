using WitBindgen.Runtime.Backends.Direct.Abi;
using WitBindgen.Runtime.Native;

namespace WitBindgen.Runtime.Backends.Direct.Resources;

/// <summary>
/// Host objects (<see cref="HostResourceType"/>) crossing the direct backend's boundary: they travel as the store's
/// Wasmtime host resources, exactly as <see cref="HostResourceType.Lower"/> makes them and
/// <see cref="HostResourceType.Lift"/> reads them, so generated code is the same on both backends.
/// </summary>
internal static unsafe class DirectHostObjects
{
    /// <summary>The value carrying the host object <paramref name="rep"/> of type <paramref name="hostType"/> to the host.</summary>
    public static ComponentVal ToValue(nint context, bool own, uint rep, uint hostType, AbiContext cx)
    {
        var host = NativeMethods.wasmtime_component_resource_host_new(own, rep, hostType);
        nint any = 0;
        nint error;
        try
        {
            error = NativeMethods.wasmtime_component_resource_host_to_any(context, host, &any);
        }
        finally
        {
            NativeMethods.wasmtime_component_resource_host_delete(host);
        }

        if (error != 0)
        {
            var failure = WasmtimeError.ToException(error, "passing a host resource", hostException: null);
            throw cx.Fail("could not be passed to the host: " + failure.Message);
        }

        return ComponentVal.FromResourcePointer(any);
    }

    /// <summary>
    /// The rep and type of the host object <paramref name="any"/> (an <c>own</c> is taken from the store's host table,
    /// as the Wasmtime backend takes it when the guest receives it).
    /// </summary>
    public static (uint Rep, uint Type) Read(AbiContext cx, nint context, nint any, bool own)
    {
        var owned = NativeMethods.wasmtime_component_resource_any_owned(any);
        if (own && !owned)
        {
            throw cx.Fail("is a borrowed host resource where the type is own");
        }

        if (!own && owned)
        {
            throw cx.Fail("is an owned host resource where the type is borrow (lower the object with HostResourceType.Lower as a borrow)");
        }

        nint host = 0;
        var error = NativeMethods.wasmtime_component_resource_any_to_host(context, any, &host);
        if (error != 0)
        {
            var failure = WasmtimeError.ToException(error, "receiving a host resource", hostException: null);
            throw cx.Fail("is not a host resource of this store: " + failure.Message);
        }

        try
        {
            var type = NativeMethods.wasmtime_component_resource_host_type(host);
            if (type == DirectHeldHandles.TypeId)
            {
                throw cx.Fail("is a handle to a guest's resource where the type is a host resource");
            }

            return (NativeMethods.wasmtime_component_resource_host_rep(host), type);
        }
        finally
        {
            NativeMethods.wasmtime_component_resource_host_delete(host);
        }
    }
}
