using WitBindgen.Runtime.Wasi.Http;

namespace WitBindgen.Runtime.Tests.Wasi.Http;

/// <summary>
/// A componentize-js <c>wasi:http/proxy</c> component (tests/components/http-proxy) answering requests from .NET
/// through <see cref="WasiHttpProxy"/> on the direct backend, with bodies streamed as the component writes them.
/// </summary>
public sealed class ProxyComponentTests
{
    private const string File = "http-proxy.wasm";

    [Fact]
    public async Task A_request_with_a_body_reaches_the_component_and_its_answer_comes_back()
    {
        var proxy = NewProxy();
        using var request = new HttpRequestMessage(HttpMethod.Post, "http://proxy.test/echo?x=1") { Content = new StringContent("from .NET") };

        using var response = await proxy.HandleAsync(request);

        ((int)response.StatusCode).ShouldBe(201);
        response.Headers.GetValues("x-proxy").ShouldBe(["js"]);
        (await response.Content.ReadAsStringAsync()).ShouldBe("POST /echo from .NET");
    }

    [Fact]
    public async Task Each_request_gets_an_instance_of_its_own_and_requests_run_concurrently()
    {
        var proxy = NewProxy();
        var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(async i =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Put, $"http://proxy.test/n{i}") { Content = new StringContent($"body {i}") };
            using var response = await proxy.HandleAsync(request);
            return await response.Content.ReadAsStringAsync();
        }));

        answers.ShouldBe(["PUT /n0 body 0", "PUT /n1 body 1", "PUT /n2 body 2", "PUT /n3 body 3"]);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(64 * 1024 * 1024)]
    public async Task A_streamed_body_arrives_whole_and_is_never_held_whole(int length)
    {
        var proxy = NewProxy();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"http://proxy.test/bytes/{length}");

        using var response = await proxy.HandleAsync(request);

        ((int)response.StatusCode).ShouldBe(200);
        await using var body = await response.Content.ReadAsStreamAsync();
        var buffer = new byte[80 * 1024];
        long offset = 0;
        int read;
        while ((read = await body.ReadAsync(buffer)) > 0)
        {
            for (var i = 0; i < read; i++)
            {
                if (buffer[i] != (byte)((offset + i) % 251))
                {
                    throw new InvalidDataException($"Byte {offset + i} is {buffer[i]}, not {(offset + i) % 251}.");
                }
            }

            offset += read;
        }

        offset.ShouldBe(length);
        var pipe = response.Content.ShouldBeOfType<HttpBodyContent>().Pipe;
        pipe.MaxBuffered.ShouldBeLessThanOrEqualTo(HttpBodyPipe.Limit + WasiBodyOutputStream.BodyBudget);
    }

    [Fact]
    public void A_proxy_needs_an_absolute_uri()
    {
        var proxy = NewProxy();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/relative");

        Should.Throw<ArgumentException>(() => proxy.HandleAsync(request)).Message.ShouldContain("absolute");
    }

    [Fact]
    public async Task An_instance_on_the_wasmtime_backend_is_refused_naming_the_reason()
    {
        var (engine, component, linker) = HttpComponents.Get("wasi-probe.wasm", ComponentBackend.Wasmtime);
        var proxy = new WasiHttpProxy(() => linker.Instantiate(new ComponentStore(engine, new WasiConfiguration()), component));
        using var request = new HttpRequestMessage(HttpMethod.Get, "http://proxy.test/");

        var error = await Should.ThrowAsync<WitRuntimeException>(() => proxy.HandleAsync(request));

        error.Message.ShouldContain("Wasmtime backend of this runtime has no wasi:http");
    }

    private static WasiHttpProxy NewProxy()
    {
        var (engine, component, linker) = HttpComponents.Get(File, ComponentBackend.Direct);
        return new WasiHttpProxy(() => linker.Instantiate(new ComponentStore(engine, new WasiConfiguration()), component));
    }
}
