using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace WitBindgen.Runtime.Native;

/// <summary>Native callbacks that forward a guest's captured stdout/stderr into an <see cref="IWasiOutputSink"/>.</summary>
internal static unsafe class WasiOutputBridge
{
    /// <summary>The write callback for <c>wasi_config_set_stdout_custom</c>/<c>_stderr_custom</c>.</summary>
    public static delegate* unmanaged[Cdecl]<nint, byte*, nuint, nint> WritePointer => &Write;

    /// <summary>Frees the buffer registration when Wasmtime drops the stream.</summary>
    public static delegate* unmanaged[Cdecl]<nint, void> ReleasePointer => &Release;

    /// <summary>Pins <paramref name="buffer"/> for native code.</summary>
    public static nint Register(IWasiOutputSink buffer) => GCHandle.ToIntPtr(GCHandle.Alloc(buffer));

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static nint Write(nint data, byte* bytes, nuint length)
    {
        try
        {
            var buffer = (IWasiOutputSink)GCHandle.FromIntPtr(data).Target!;
            buffer.Write(new ReadOnlySpan<byte>(bytes, checked((int)length)));
            return (nint)length;
        }
        catch (Exception)
        {
            // A negative count reports a write error to the guest; exceptions must not reach native frames.
            return -1;
        }
    }

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static void Release(nint data)
    {
        var handle = GCHandle.FromIntPtr(data);
        try
        {
            ((IWasiOutputSink)handle.Target!).Complete();
        }
        catch (Exception)
        {
            // A failing writer must not take the process down from a native frame.
        }
        finally
        {
            handle.Free();
        }
    }
}
