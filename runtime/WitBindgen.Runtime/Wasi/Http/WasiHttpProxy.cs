using System.Text;
using WitBindgen.Runtime.Wasi.Bindings.HostWorld;
using WitBindgen.Runtime.Wasi.Http;
using ErrorCode = WitBindgen.Runtime.Wasi.Bindings.Types2.ErrorCode;

namespace WitBindgen.Runtime;

/// <summary>
/// Hands .NET HTTP requests to a component that exports <c>wasi:http/incoming-handler</c> (a <c>wasi:http/proxy</c>)
/// on the direct backend and returns its responses, whose content streams the body as the component writes it.
/// </summary>
/// <remarks>
/// The component handles one request at a time (its store is single-threaded): a request waits until the component's
/// <c>handle</c> of the previous one has returned. The component's call runs on a thread of its own while the caller
/// reads the response; the body is handed over in parts of at most 1 MiB unread, never whole.
/// </remarks>
public sealed class WasiHttpProxy
{
    private readonly ComponentInstance _instance;
    private readonly ComponentFunction _handle;
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>Creates a proxy over <paramref name="instance"/>.</summary>
    /// <param name="instance">An instance, on the direct backend, of a component exporting <c>wasi:http/incoming-handler@0.2.x</c>.</param>
    /// <exception cref="WitRuntimeException">The instance runs on the Wasmtime backend, or exports no incoming handler.</exception>
    public WasiHttpProxy(ComponentInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        if (instance.Backend != ComponentBackend.Direct)
        {
            throw new WitRuntimeException(
                "WasiHttpProxy needs an instance on the direct backend: the Wasmtime backend of this runtime has no wasi:http.");
        }

        _instance = instance;
        _handle = FindHandle(instance)
            ?? throw new WitRuntimeException("The component does not export wasi:http/incoming-handler@0.2.x#handle.");
    }

    /// <summary>
    /// Hands <paramref name="request"/> to the component and returns its response once the component set it; the
    /// response's content is read as the component writes it and fails (an <see cref="IOException"/>) if the component
    /// traps or drops the body unfinished. A component that answers with an <c>error-code</c>, traps, or returns
    /// without answering fails the task with <see cref="WitRuntimeException"/>.
    /// </summary>
    /// <param name="request">The request; its URI must be absolute (scheme and authority reach the component).</param>
    /// <param name="cancellationToken">Stops waiting for the component's turn or answer (the component's call itself is not interrupted).</param>
    public async Task<HttpResponseMessage> HandleAsync(HttpRequestMessage request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.RequestUri is not { IsAbsoluteUri: true })
        {
            throw new ArgumentException($"The request's URI must be absolute (got '{request.RequestUri}').", nameof(request));
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        var outparam = new WasiResponseOutparam();
        Task call;
        try
        {
            call = Task.Factory.StartNew(
                () => Call(new WasiIncomingRequest(request), outparam),
                CancellationToken.None,
                TaskCreationOptions.LongRunning,
                TaskScheduler.Default);
        }
        catch
        {
            _gate.Release();
            throw;
        }

        _ = call.ContinueWith(_ => _gate.Release(), TaskScheduler.Default);
        var result = await outparam.Response.WaitAsync(cancellationToken).ConfigureAwait(false);
        if (result.IsErr)
        {
            throw new WitRuntimeException($"The component answered the request with the error code {Describe(result.Error)}.");
        }

        var response = result.Value;
        var message = new HttpResponseMessage((System.Net.HttpStatusCode)response.StatusCode())
        {
            RequestMessage = request,
            Content = response.OutgoingBody is { } body ? new HttpBodyContent(body.Pipe) : new ByteArrayContent([]),
        };
        foreach (var (name, value) in response.HeaderEntries)
        {
            var text = Encoding.Latin1.GetString(value);
            if (!message.Headers.TryAddWithoutValidation(name, text))
            {
                message.Content.Headers.TryAddWithoutValidation(name, text);
            }
        }

        return message;
    }

    /// <summary>
    /// Completes once no call of the component is running: the component's <c>handle</c> may still run after its
    /// response body ended (until it returns), and its store must not be disposed before.
    /// </summary>
    public async Task WaitForIdleAsync()
    {
        await _gate.WaitAsync().ConfigureAwait(false);
        _gate.Release();
    }

    private static ComponentFunction? FindHandle(ComponentInstance instance)
    {
        for (var minor = 0; minor < 64; minor++)
        {
            if (instance.TryGetFunction($"wasi:http/incoming-handler@0.2.{minor}", "handle") is { } handle)
            {
                return handle;
            }
        }

        return null;
    }

    private static string Describe(ErrorCode error)
    {
        var text = error.ToString();
        var brace = text.IndexOf(" {", StringComparison.Ordinal);
        return brace < 0 ? text : text[..brace];
    }

    private void Call(WasiIncomingRequest request, WasiResponseOutparam outparam)
    {
        Exception? failure = null;
        try
        {
            using var scope = ResourceScope.Enter(_instance.Store, null, _handle.Name);
            var args = new[]
            {
                HostMarshal.IncomingRequestResourceType.Lower(request, owned: true, _handle.Name),
                HostMarshal.ResponseOutparamResourceType.Lower(outparam, owned: true, _handle.Name),
            };
            try
            {
                _handle.Call(args, []);
            }
            finally
            {
                ComponentVal.Free(args);
            }
        }
        catch (Exception exception)
        {
            // A trap or a host failure: the caller gets it through the response or its body.
            failure = exception;
        }
        finally
        {
            outparam.Abandon(failure);
        }
    }
}
