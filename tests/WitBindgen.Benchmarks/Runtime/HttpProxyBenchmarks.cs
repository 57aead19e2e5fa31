using System.Net;
using System.Net.Sockets;
using System.Text;
using BenchmarkDotNet.Attributes;
using WitBindgen.Runtime;

namespace WitBindgen.Benchmarks.Runtime;

/// <summary>
/// Requests through a componentize-js <c>wasi:http/proxy</c> component (tests/components/http-proxy) on the direct
/// backend, one new instance per request as <see cref="WasiHttpProxy"/> makes them, beside the same echo written in
/// C#: in process (the request handed over as an <see cref="HttpRequestMessage"/>) and served by one
/// <see cref="HttpListener"/> over loopback HTTP. One request at a time.
/// </summary>
[MemoryDiagnoser]
public class HttpProxyBenchmarks
{
    private WasmEngine _engine = null!;
    private WasmComponent _component = null!;
    private ComponentLinker _linker = null!;
    private WasiHttpProxy _proxy = null!;
    private HttpListener _listener = null!;
    private HttpClient _client = null!;
    private string _base = null!;

    [GlobalSetup]
    public void Setup()
    {
        _engine = new WasmEngine(new WasmEngineOptions { Backend = ComponentBackend.Direct });
        _component = WasmComponent.FromFile(_engine, Path.Combine(AppContext.BaseDirectory, "components", "http-proxy.wasm"));
        _linker = new ComponentLinker(_engine);
        _linker.AddWasiPreview2();
        _proxy = new WasiHttpProxy(() => _linker.Instantiate(new ComponentStore(_engine, new WasiConfiguration()), _component));

        using (var socket = new TcpListener(IPAddress.Loopback, 0))
        {
            socket.Start();
            _base = $"http://127.0.0.1:{((IPEndPoint)socket.LocalEndpoint).Port}";
        }

        _listener = new HttpListener();
        _listener.Prefixes.Add(_base + "/");
        _listener.Start();
        _ = Task.Run(Serve);
        _client = new HttpClient();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _client.Dispose();
        _listener.Close();
        _linker.Dispose();
        _component.Dispose();
        _engine.Dispose();
    }

    /// <summary>The echo written in C#, called in process.</summary>
    [Benchmark(Baseline = true)]
    public async Task<string> CSharpInProcess()
    {
        using var request = NewRequest();
        using var response = await Echo(request);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>The same echo answered by a new instance of the component, in process.</summary>
    [Benchmark]
    public async Task<string> ProxyComponentInProcess()
    {
        using var request = NewRequest();
        using var response = await _proxy.HandleAsync(request);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>The C# echo served by <see cref="HttpListener"/>.</summary>
    [Benchmark]
    public Task<string> CSharpOverHttpListener() => Post("/plain/echo");

    /// <summary>The component's echo served by <see cref="HttpListener"/>.</summary>
    [Benchmark]
    public Task<string> ProxyComponentOverHttpListener() => Post("/proxy/echo");

    private static HttpRequestMessage NewRequest() =>
        new(HttpMethod.Post, "http://proxy.test/echo") { Content = new StringContent("benchmark body") };

    // The echo of tests/components/http-proxy/http-proxy.js: status 201, an x-proxy header and "METHOD /path body".
    private static async Task<HttpResponseMessage> Echo(HttpRequestMessage request)
    {
        var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync();
        var response = new HttpResponseMessage(HttpStatusCode.Created)
        {
            Content = new StringContent($"{request.Method} {request.RequestUri!.AbsolutePath} {body}"),
        };
        response.Headers.Add("x-proxy", "cs");
        return response;
    }

    private async Task<string> Post(string path)
    {
        using var response = await _client.PostAsync(_base + path, new StringContent("benchmark body"));
        return await response.Content.ReadAsStringAsync();
    }

    private async Task Serve()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception exception) when (exception is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            try
            {
                await Answer(context);
            }
            catch (Exception exception)
            {
                // Keep serving: a failed request shows as a 500 in the client, not as a stalled benchmark.
                Console.Error.WriteLine($"request failed: {exception.Message}");
                context.Response.StatusCode = 500;
            }
            finally
            {
                context.Response.Close();
            }
        }
    }

    private async Task Answer(HttpListenerContext context)
    {
        var incoming = context.Request;
        var toComponent = incoming.Url!.AbsolutePath.StartsWith("/proxy/", StringComparison.Ordinal);
        using var request = new HttpRequestMessage(new HttpMethod(incoming.HttpMethod), "http://proxy.test" + incoming.Url.PathAndQuery[6..])
        {
            Content = new StreamContent(incoming.InputStream),
        };
        using var response = toComponent ? await _proxy.HandleAsync(request) : await Echo(request);
        context.Response.StatusCode = (int)response.StatusCode;
        foreach (var header in response.Headers)
        {
            context.Response.Headers[header.Key] = string.Join(",", header.Value);
        }

        // One write with a known length: a chunked response ends with a separate small segment, which Nagle's
        // algorithm holds until the client's delayed ACK (about 40 ms on Linux loopback) and which would then be the
        // whole measurement. Both rows are answered the same way; the echo bodies are a few bytes.
        var body = await response.Content.ReadAsByteArrayAsync();
        context.Response.ContentLength64 = body.Length;
        await context.Response.OutputStream.WriteAsync(body);
    }
}
