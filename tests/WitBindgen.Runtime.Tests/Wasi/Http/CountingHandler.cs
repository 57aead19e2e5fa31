namespace WitBindgen.Runtime.Tests.Wasi.Http;

/// <summary>A host's handler in front of another: counts the requests that go through it, as a host's policy would see them.</summary>
internal sealed class CountingHandler : DelegatingHandler
{
    private int _requests;

    public CountingHandler(HttpMessageHandler inner)
        : base(inner)
    {
    }

    public int Requests => Volatile.Read(ref _requests);

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _requests);
        return base.SendAsync(request, cancellationToken);
    }
}
