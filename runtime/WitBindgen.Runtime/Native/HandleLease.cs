using System.Runtime.CompilerServices;

namespace WitBindgen.Runtime.Native;

/// <summary>
/// A reference to a live native object for the duration of a native call: until <see cref="Dispose"/>, disposing the
/// owning object on another thread only marks it disposed, and the native object is deleted by the last release.
/// </summary>
/// <example><c>using var linker = Handle.Lease(); NativeMethods.f(linker.Pointer);</c></example>
internal readonly ref struct HandleLease
{
    private readonly NativeHandle _handle;

    /// <summary>Takes a reference to <paramref name="handle"/>; throws <see cref="ObjectDisposedException"/> once it was disposed.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public HandleLease(NativeHandle handle)
    {
        if (!handle.TryAddRef())
        {
            ThrowDisposed(handle);
        }

        _handle = handle;
        Pointer = handle.DangerousGetHandle();
    }

    /// <summary>The native pointer, valid until <see cref="Dispose"/>.</summary>
    public nint Pointer { get; }

    /// <summary>Gives the reference back (deleting the native object if it was disposed meanwhile).</summary>
    public void Dispose() => _handle?.DangerousRelease();

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowDisposed(NativeHandle handle) =>
        throw new ObjectDisposedException(handle.GetType().Name.Replace("Handle", string.Empty, StringComparison.Ordinal), "The native object was already disposed.");
}
