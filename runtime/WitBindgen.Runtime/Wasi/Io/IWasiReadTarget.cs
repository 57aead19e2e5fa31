namespace WitBindgen.Runtime.Wasi.Io;

/// <summary>
/// Where <see cref="WasiInputStream.ReadInto{TTarget}"/> puts the bytes it reads: the store's read buffer, or the block
/// of the guest's memory its realloc gave the result, so that a read lands in the guest without a copy.
/// </summary>
internal interface IWasiReadTarget
{
    /// <summary>
    /// The <paramref name="length"/> bytes to read into, asked before each attempt of one read (always the same length):
    /// the first call allocates them, later ones return the same block.
    /// </summary>
    /// <param name="length">The most the read returns: the length the guest asked for, capped at <see cref="WasiInputStream.MaxRead"/>.</param>
    Span<byte> Span(int length);
}
