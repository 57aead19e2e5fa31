namespace WitBindgen.Runtime.Wasi.Io;

/// <summary>
/// The array a store's input streams read into (one per store, at most <see cref="WasiInputStream.MaxRead"/> bytes): a
/// read that fills it returns it as the list the bindings lower into the guest's memory, so a guest reading in equal
/// chunks costs no allocation per read. Its caller copies it out before the store's next read, which the store's
/// one-thread-at-a-time rule and the Canonical ABI (no import while the guest's realloc runs) guarantee.
/// </summary>
internal sealed class WasiReadBuffer
{
    private byte[] _array = [];

    /// <summary>
    /// An array of exactly <paramref name="length"/> bytes to read into: the store's buffer when a store's guest is
    /// calling (replaced when the length changes), else a new one.
    /// </summary>
    public static byte[] Rent(int length)
    {
        if (!ResourceScope.IsActive)
        {
            return new byte[length];
        }

        var buffer = WasiContext.Current.GetState(static _ => new WasiReadBuffer());
        if (buffer._array.Length != length)
        {
            buffer._array = new byte[length];
        }

        return buffer._array;
    }
}
