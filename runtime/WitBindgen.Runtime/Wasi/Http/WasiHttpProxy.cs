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
/// As <c>wasmtime serve</c> does, every request gets an instance of its own (componentize-js proxies answer one request
/// per instance), made by the caller's delegate on the thread that then runs the component's <c>handle</c>; the proxy
/// disposes that instance's store once <c>handle</c> returned. Requests therefore run concurrently, each in its own
/// store. The body is handed over in parts, at most 1 MiB of it unread at a time, never whole.
/// </remarks>
public sealed class WasiHttpProxy
{
    private readonly Func<ComponentInstance> _instantiate;
    private string? _interface;

    /// <summary>Creates a proxy that instantiates the component with <paramref name="instantiate"/> for each request.</summary>
    /// <param name="instantiate">
    /// Makes a new instance, on the direct backend and in a new store (for example
    /// <c>() =&gt; linker.Instantiate(new ComponentStore(engine, wasi), component)</c>); the proxy disposes the store.
    /// </param>
    public WasiHttpProxy(Func<ComponentInstance> instantiate)
    {
        ArgumentNullException.ThrowIfNull(instantiate);
        _instantiate = instantiate;
    }

    /// <summary>
    /// Hands <paramref name="request"/> to a new instance of the component and returns its response once the component
    /// set it; the response's content is read as the component writes it and fails (an <see cref="IOException"/>) if
    /// the component traps or drops the body unfinished. A component that answers with an <c>error-code</c>, traps,
    /// or returns without answering fails the task with <see cref="WitRuntimeException"/>, as does an instance on the
    /// Wasmtime backend (which has no wasi:http in this runtime) or one that exports no incoming handler.
    /// </summary>
    /// <param name="request">The request; its URI must be absolute (scheme and authority reach the component).</param>
    /// <param name="cancellationToken">Stops waiting for the answer (the component's call itself is not interrupted).</param>
    public async Task<HttpResponseMessage> HandleAsync(HttpRequestMessage request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.RequestUri is not { IsAbsoluteUri: true })
        {
            throw new ArgumentException($"The request's URI must be absolute (got '{request.RequestUri}').", nameof(request));
        }

        var outparam = new WasiResponseOutparam();
        _ = Task.Factory.StartNew(
            () => Run(new WasiIncomingRequest(request), outparam),
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default);
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

    private static string Describe(ErrorCode error)
    {
        var text = error.ToString();
        var brace = text.IndexOf(" {", StringComparison.Ordinal);
        return brace < 0 ? text : text[..brace];
    }

    private ComponentFunction FindHandle(ComponentInstance instance)
    {
        if (_interface is { } known && instance.TryGetFunction(known, "handle") is { } cached)
        {
            return cached;
        }

        for (var minor = 0; minor < 64; minor++)
        {
            var name = $"wasi:http/incoming-handler@0.2.{minor}";
            if (instance.TryGetFunction(name, "handle") is { } handle)
            {
                _interface = name;
                return handle;
            }
        }

        throw new WitRuntimeException("The component does not export wasi:http/incoming-handler@0.2.x#handle.");
    }

    // On a thread of its own: the instance's store is made, used and disposed here.
    private void Run(WasiIncomingRequest request, WasiResponseOutparam outparam)
    {
        Exception? failure = null;
        ComponentStore? store = null;
        try
        {
            var instance = _instantiate();
            store = instance.Store;
            if (instance.Backend != ComponentBackend.Direct)
            {
                throw new WitRuntimeException(
                    "WasiHttpProxy needs an instance on the direct backend: the Wasmtime backend of this runtime has no wasi:http.");
            }

            var handle = FindHandle(instance);
            using var scope = ResourceScope.Enter(store, null, handle.Name);
            var args = new[]
            {
                HostMarshal.IncomingRequestResourceType.Lower(request, owned: true, handle.Name),
                HostMarshal.ResponseOutparamResourceType.Lower(outparam, owned: true, handle.Name),
            };
            try
            {
                handle.Call(args, []);
            }
            finally
            {
                ComponentVal.Free(args);
            }
        }
        catch (Exception exception)
        {
            // A trap, a host failure or a refused instance: the caller gets it through the response or its body.
            failure = exception;
        }
        finally
        {
            outparam.Abandon(failure);
            store?.Dispose();
        }
    }
}
