using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace WitBindgen.Runtime.Native;

/// <summary>Access to the raw pointer of a live SafeHandle with a clear error after disposal.</summary>
internal static class SafeHandleExtensions
{
    /// <summary>The raw pointer; throws <see cref="ObjectDisposedException"/> when the handle was released.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static nint Pointer(this SafeHandle handle)
    {
        if (handle.IsClosed)
        {
            ThrowDisposed(handle);
        }

        return handle.DangerousGetHandle();
    }

    private static void ThrowDisposed(SafeHandle handle) =>
        throw new ObjectDisposedException(handle.GetType().Name.Replace("Handle", string.Empty, StringComparison.Ordinal), "The native object was already disposed.");
}
