using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace WitBindgen.Runtime.Native;

/// <summary>
/// Owns one native Wasmtime object and deletes it exactly once: when it is disposed, or, if a
/// <see cref="HandleLease"/> (or a store's call) still uses it then, when the last of those ends.
/// </summary>
internal abstract class NativeHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    private volatile bool _disposed;

    /// <summary>Takes ownership of <paramref name="pointer"/>.</summary>
    protected NativeHandle(nint pointer)
        : base(ownsHandle: true)
    {
        SetHandle(pointer);
    }

    /// <summary>
    /// Whether the owner disposed it. The native object may live on until the calls using it end (then
    /// <see cref="SafeHandle.IsInvalid"/> turns true), but no new use may start.
    /// </summary>
    public bool IsDisposed => _disposed;

    /// <summary>Keeps the native object alive for a native call; see <see cref="HandleLease"/>.</summary>
    public HandleLease Lease() => new(this);

    /// <summary>
    /// Takes a reference that keeps the native object alive until <see cref="SafeHandle.DangerousRelease"/>; false (and
    /// no reference) once the handle was disposed, even while earlier references still keep the object alive.
    /// </summary>
    public bool TryAddRef()
    {
        if (_disposed)
        {
            return false;
        }

        var added = false;
        try
        {
            DangerousAddRef(ref added);
        }
        catch (ObjectDisposedException)
        {
            return false;
        }

        // A dispose between the check and the reference: give it back so the last release can delete the object.
        if (_disposed)
        {
            DangerousRelease();
            return false;
        }

        return true;
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        _disposed = true;
        base.Dispose(disposing);
    }

    /// <summary>Deletes the native object.</summary>
    protected abstract void Delete(nint pointer);

    /// <inheritdoc />
    protected sealed override bool ReleaseHandle()
    {
        Delete(handle);
        handle = 0; // IsInvalid from now on: the native object is gone.
        return true;
    }
}
