using System.Runtime.CompilerServices;
using WitBindgen.Runtime.Canonical;
using WitBindgen.Runtime.Wasi.Bindings.HostWorld;
using WitBindgen.Runtime.Wasi.Bindings.Streams;

namespace WitBindgen.Runtime.Wasi.Io;

/// <summary>
/// The direct backend's hot <c>wasi:io/streams</c> functions written against the Canonical ABI by hand, in place of the
/// generated ones: <c>read</c> and <c>blocking-read</c> read from the host stream straight into the block the guest's
/// realloc gives the result, and <c>write</c> and <c>blocking-write-and-flush</c> hand the stream the guest's bytes where
/// they lie, so no byte crosses through a host array. Results, errors and traps are those of the generated functions,
/// which stay defined beneath: a component whose import has another type is served by them.
/// </summary>
/// <remarks>
/// A read allocates the length asked (at most <see cref="WasiInputStream.MaxRead"/>) before it knows how much the
/// stream has, as the guest's buffer is where the bytes go; the list reports what was read, which may be less. A read
/// that ends the stream (<c>closed</c>) or fails has already called realloc, whose block the guest never receives.
/// </remarks>
internal static class WasiStreamFunctions
{
    private const string Interface = "wasi:io/streams@" + WasiInterfaces.Version;

    // The generated bindings' structural signatures of the functions (CanonicalImport.Define serves only these types).
    private const string ReadSignature =
        "(self: borrow<resource>, len: u64) -> result<list<u8>, variant{last-operation-failed(own<resource>), closed}>";

    private const string WriteSignature =
        "(self: borrow<resource>, contents: list<u8>) -> result<_, variant{last-operation-failed(own<resource>), closed}>";

    // result<list<u8>, stream-error> and result<_, stream-error>: 12 bytes aligned to 4, the payload at offset 4.
    private const uint ResultSize = 12;
    private const uint ResultAlignment = 4;

    /// <summary>Defines the functions over the generated ones in <paramref name="linker"/>, which must hold those already.</summary>
    public static void AddTo(ComponentLinker linker)
    {
        HostResourceType[] input = [HostMarshal.InputStreamResourceType, HostMarshal.ErrorResourceType];
        HostResourceType[] output = [HostMarshal.OutputStreamResourceType, HostMarshal.ErrorResourceType];
        CanonicalImport.Define(
            linker, Interface, "[method]input-stream.read", ReadSignature, input, abi => Read(abi, blocking: false), scopeOnDemand: true);
        CanonicalImport.Define(
            linker, Interface, "[method]input-stream.blocking-read", ReadSignature, input, abi => Read(abi, blocking: true), scopeOnDemand: true);
        CanonicalImport.Define(linker, Interface, "[method]output-stream.write", WriteSignature, output, abi => Write(abi, blocking: false));
        CanonicalImport.Define(
            linker, Interface, "[method]output-stream.blocking-write-and-flush", WriteSignature, output, abi => Write(abi, blocking: true));
    }

    // Runs outside the call's resource scope until something needs it: a read of a stream that may wait or reach the
    // store, a stream of the bindings' own, a lowered error.
    private static void Read(CanonicalImport abi, bool blocking)
    {
        var stream = abi.LiftBorrow<InputStream>(HostMarshal.InputStreamResourceType, unchecked((int)abi.Arguments[0]));
        var len = abi.Arguments[1];
        var area = abi.ReturnArea(ResultSize, ResultAlignment);
        abi.Lifted();
        if (stream is not WasiInputStream wasi)
        {
            abi.EnterScope();
            ReadThroughArray(abi, stream, len, blocking, area);
            return;
        }

        if (wasi.ReadsInScope)
        {
            abi.EnterScope();
        }

        var target = new GuestBlock(abi);
        var read = wasi.ReadInto(len, blocking, ref target);
        abi.Returned();
        if (read.IsErr)
        {
            StoreError(abi, area, read.Error);
            return;
        }

        StoreList(abi, area, target.Pointer, (uint)read.Value);
    }

    // A stream of the bindings' own (not one of this WASI's): read into an array, which is lowered like any list.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ReadThroughArray(CanonicalImport abi, InputStream stream, ulong len, bool blocking, uint area)
    {
        var copied = blocking ? stream.BlockingRead(len) : stream.Read(len);
        abi.Returned();
        if (copied.IsErr)
        {
            StoreError(abi, area, copied.Error);
            return;
        }

        var (data, length) = abi.WriteArray<byte>(copied.Value);
        StoreList(abi, area, data, length);
    }

    private static void Write(CanonicalImport abi, bool blocking)
    {
        var stream = abi.LiftBorrow<OutputStream>(HostMarshal.OutputStreamResourceType, unchecked((int)abi.Arguments[0]));
        var contents = abi.LiftBytesInPlace(unchecked((uint)abi.Arguments[1]), unchecked((uint)abi.Arguments[2]));
        var area = abi.ReturnArea(ResultSize, ResultAlignment);
        abi.Lifted();
        Result<Unit, StreamError> written;
        if (stream is WasiOutputStream wasi)
        {
            written = blocking ? wasi.BlockingWriteAndFlush(contents) : wasi.Write(contents);
            abi.Returned();
        }
        else
        {
            written = blocking ? stream.BlockingWriteAndFlush(contents.ToArray()) : stream.Write(contents.ToArray());
            abi.Returned();
        }

        if (written.IsErr)
        {
            StoreError(abi, area, written.Error);
            return;
        }

        abi.Write<byte>(area, 0);
    }

    private static void StoreList(CanonicalImport abi, uint area, uint data, uint length)
    {
        abi.Write<byte>(area, 0);
        abi.Write(area + 4, data);
        abi.Write(area + 8, length);
    }

    // The err case with its stream-error at offset 4: last-operation-failed(own<error>) or closed.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void StoreError(CanonicalImport abi, uint area, StreamError error)
    {
        abi.Write<byte>(area, 1);
        switch (error)
        {
            case StreamError.LastOperationFailed failed:
                abi.Write<byte>(area + 4, 0);
                abi.Write(area + 8, abi.LowerOwn(HostMarshal.ErrorResourceType, failed.Value));
                break;
            case StreamError.Closed:
                abi.Write<byte>(area + 4, 1);
                break;
            default:
                throw new ArgumentException("a value of a case of the variant is required", nameof(error));
        }
    }

    // The block of the guest's memory the result's list lives in: allocated by the guest's realloc when the stream first
    // reads, of the length the read may return.
    private struct GuestBlock(CanonicalImport abi) : IWasiReadTarget
    {
        private readonly CanonicalImport _abi = abi;
        private bool _allocated;

        public uint Pointer { get; private set; }

        public Span<byte> Span(int length)
        {
            if (!_allocated)
            {
                Pointer = _abi.AllocateBeforeReturn((uint)length, 1);
                _allocated = true;
            }

            return _abi.BytesToStore(Pointer, (uint)length);
        }
    }
}
