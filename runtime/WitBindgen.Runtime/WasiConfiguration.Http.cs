namespace WitBindgen.Runtime;

/// <summary>The configuration's grant of outgoing HTTP (<c>wasi:http/outgoing-handler</c>) on the direct backend.</summary>
public sealed partial class WasiConfiguration
{
    private Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>>? _httpSender;

    /// <summary>How the guest's outgoing requests are sent, or null when outgoing HTTP is not granted.</summary>
    internal Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>>? HttpSender => _httpSender;

    /// <summary>
    /// Lets the guest send HTTP requests (<c>wasi:http/outgoing-handler</c>) through <paramref name="handler"/>, so
    /// the host's own handler pipeline (policies, logging, allowed hosts) applies to them; without this grant every
    /// request fails with <c>http-request-denied</c> and nothing is sent. Bodies stream both ways. The handler is not
    /// disposed by the runtime. Only the direct backend honours this option: a store with it refuses to instantiate a
    /// component on the Wasmtime backend.
    /// </summary>
    /// <param name="handler">The handler each request goes through.</param>
    /// <returns>This configuration.</returns>
    public WasiConfiguration WithHttpHandler(HttpMessageHandler handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        var invoker = new HttpMessageInvoker(handler, disposeHandler: false);
        _httpSender = invoker.SendAsync;
        UseDirectOnlyOption("WasiConfiguration.WithHttpHandler");
        return this;
    }

    /// <summary>
    /// Lets the guest send HTTP requests through <paramref name="client"/> (its handler, default headers and timeout
    /// apply); see <see cref="WithHttpHandler(HttpMessageHandler)"/>. Responses are read as the guest reads them, never
    /// buffered whole. Only the direct backend honours this option.
    /// </summary>
    /// <param name="client">The client each request goes through; not disposed by the runtime.</param>
    /// <returns>This configuration.</returns>
    public WasiConfiguration WithHttpClient(HttpClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        _httpSender = (request, cancellation) => client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellation);
        UseDirectOnlyOption("WasiConfiguration.WithHttpClient");
        return this;
    }
}
