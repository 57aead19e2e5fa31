namespace WitBindgen.Runtime.Tests.Wasi.Http;

/// <summary>A host's handler that never answers: it records that a request started and when its token is cancelled.</summary>
internal sealed class WaitingHandler : HttpMessageHandler
{
    public ManualResetEventSlim Started { get; } = new();

    public ManualResetEventSlim Cancelled { get; } = new();

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Started.Set();
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
        finally
        {
            Cancelled.Set();
        }

        throw new InvalidOperationException("unreachable: the delay only ends by cancellation");
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Started.Dispose();
            Cancelled.Dispose();
        }

        base.Dispose(disposing);
    }
}
