using WitBindgen.Runtime.Wasi.Bindings.Types2;

namespace WitBindgen.Runtime.Wasi.Http;

/// <summary>A <c>wasi:http/types#request-options</c>: the timeouts of one outgoing request, in nanoseconds.</summary>
internal sealed class WasiRequestOptions : RequestOptions
{
    /// <summary>How long to wait for the connection.</summary>
    public ulong? Connect { get; private set; }

    /// <summary>How long to wait for the response's headers.</summary>
    public ulong? FirstByte { get; private set; }

    /// <summary>How long to wait for each part of the response body.</summary>
    public ulong? BetweenBytes { get; private set; }

    /// <inheritdoc />
    public override ulong? ConnectTimeout() => Connect;

    /// <inheritdoc />
    public override Result<Unit, Unit> SetConnectTimeout(ulong? duration)
    {
        Connect = duration;
        return Result.Ok();
    }

    /// <inheritdoc />
    public override ulong? FirstByteTimeout() => FirstByte;

    /// <inheritdoc />
    public override Result<Unit, Unit> SetFirstByteTimeout(ulong? duration)
    {
        FirstByte = duration;
        return Result.Ok();
    }

    /// <inheritdoc />
    public override ulong? BetweenBytesTimeout() => BetweenBytes;

    /// <inheritdoc />
    public override Result<Unit, Unit> SetBetweenBytesTimeout(ulong? duration)
    {
        BetweenBytes = duration;
        return Result.Ok();
    }
}
