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
        var proxy = NewProxy(out var store);
        using (store)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "http://proxy.test/echo?x=1") { Content = new StringContent("from .NET") };

            using var response = await proxy.HandleAsync(request);

            ((int)response.StatusCode).ShouldBe(201);
            response.Headers.GetValues("x-proxy").ShouldBe(["js"]);
            (await response.Content.ReadAsStringAsync()).ShouldBe("POST /echo from .NET");
            await proxy.WaitForIdleAsync();
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(64 * 1024 * 1024)]
    public async Task A_streamed_body_arrives_whole_and_is_never_held_whole(int length)
    {
        var proxy = NewProxy(out var store);
        using (store)
        {
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
            await proxy.WaitForIdleAsync();
        }
    }

    [Fact]
    public void A_proxy_needs_an_absolute_uri()
    {
        var proxy = NewProxy(out var store);
        using (store)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/relative");

            Should.Throw<ArgumentException>(() => proxy.HandleAsync(request)).Message.ShouldContain("absolute");
        }
    }

    private static WasiHttpProxy NewProxy(out ComponentStore store)
    {
        var (engine, component, linker) = HttpComponents.Get(File, ComponentBackend.Direct);
        store = new ComponentStore(engine, new WasiConfiguration());
        return new WasiHttpProxy(linker.Instantiate(store, component));
    }
}
