namespace WitBindgen.Runtime.Tests.Wasi.Http;

/// <summary>
/// A componentize-js component calling <c>fetch()</c> (tests/components/http-fetch) against a loopback server: on the
/// direct backend through the handler the host grants, refused without it; the Wasmtime backend has no wasi:http.
/// </summary>
public sealed class FetchComponentTests
{
    private const string File = "http-fetch.wasm";

    [Fact]
    public void Fetch_reaches_a_loopback_server_through_the_granted_handler()
    {
        string? guestHeader = null;
        using var server = new LoopbackHttpServer(async context =>
        {
            guestHeader = context.Request.Headers["x-from-guest"];
            context.Response.StatusCode = 202;
            context.Response.Headers["x-test"] = "from-server";
            await context.Response.OutputStream.WriteAsync("hello from .NET"u8.ToArray());
        });
        using var handler = new CountingHandler(new SocketsHttpHandler());

        var text = FetchText(new WasiConfiguration().WithHttpHandler(handler), $"http://{server.Authority}/greeting");

        text.ShouldBe("202 from-server hello from .NET");
        guestHeader.ShouldBe("yes");
        handler.Requests.ShouldBe(1);
        server.Requests.ShouldBe(1);
    }

    [Fact]
    public void Without_the_grant_fetch_fails_in_the_guest_and_nothing_is_sent()
    {
        using var server = new LoopbackHttpServer(_ => Task.CompletedTask);

        var text = FetchText(new WasiConfiguration(), $"http://{server.Authority}/greeting");

        text.ShouldStartWith("error: ");
        server.Requests.ShouldBe(0);
    }

    [Fact]
    public void The_wasmtime_backend_has_no_wasi_http_and_refuses_the_component_naming_it()
    {
        var (engine, component, linker) = HttpComponents.Get(File, ComponentBackend.Wasmtime);
        using var store = new ComponentStore(engine, new WasiConfiguration());

        var error = Should.Throw<WitRuntimeException>(() => linker.Instantiate(store, component));

        error.Message.ShouldContain("wasi:http/");
    }

    [Fact]
    public void The_wasmtime_backend_refuses_a_store_granted_an_http_handler_naming_the_option()
    {
        using var handler = new SocketsHttpHandler();
        var (engine, component, linker) = HttpComponents.Get(File, ComponentBackend.Wasmtime);
        using var store = new ComponentStore(engine, new WasiConfiguration().WithHttpHandler(handler));

        var error = Should.Throw<WitRuntimeException>(() => linker.Instantiate(store, component));

        error.Message.ShouldContain("WasiConfiguration.WithHttpHandler");
    }

    private static string FetchText(WasiConfiguration wasi, string url)
    {
        var (engine, component, linker) = HttpComponents.Get(File, ComponentBackend.Direct);
        using var store = new ComponentStore(engine, wasi);
        var instance = linker.Instantiate(store, component);
        var args = new[] { ComponentVal.String(url) };
        var results = new ComponentVal[1];
        try
        {
            instance.GetFunction(null, "fetch-text").Call(args, results);
            return results[0].GetString();
        }
        finally
        {
            ComponentVal.Free(args);
            ComponentVal.Free(results);
        }
    }
}
