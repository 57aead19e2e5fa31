using System.Text;
using WitBindgen.Runtime.Wasi.Bindings.Streams;
using WitBindgen.Runtime.Wasi.Bindings.Types2;
using WitBindgen.Runtime.Wasi.Http;

namespace WitBindgen.Runtime.Tests.Wasi.Http;

/// <summary>
/// <c>wasi:http/outgoing-handler</c> on the direct backend, driven as a guest drives it, against a loopback server:
/// requests go through the handler the host granted and nowhere without one; bodies stream both ways; failures
/// reach the guest as WASI error codes.
/// </summary>
public sealed class OutgoingHandlerTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private static readonly HttpTypesHost Types = HttpTypesHost.Instance;

    // Synchronous, like a guest: the store's scope belongs to this thread.
    [Fact]
    public void A_request_and_its_response_stream_through_the_granted_handler()
    {
        using var firstPartArrived = new ManualResetEventSlim();
        var secondPartWritten = new TaskCompletionSource();
        using var requestSeen = new ManualResetEventSlim();
        string? seen = null;
        using var server = new LoopbackHttpServer(async context =>
        {
            var request = context.Request;
            var buffer = new byte[5];
            await request.InputStream.ReadExactlyAsync(buffer);
            firstPartArrived.Set();
            var rest = await new StreamReader(request.InputStream).ReadToEndAsync();
            seen = ($"{request.HttpMethod} {request.Url!.PathAndQuery} {request.Headers["x-from-guest"]} {Encoding.ASCII.GetString(buffer)}{rest}");
            requestSeen.Set();
            context.Response.StatusCode = 201;
            context.Response.Headers["x-test"] = "yes";
            context.Response.SendChunked = true;
            await context.Response.OutputStream.WriteAsync("first,"u8.ToArray());
            await context.Response.OutputStream.FlushAsync();
            await secondPartWritten.Task.WaitAsync(Patience);
            await context.Response.OutputStream.WriteAsync("second"u8.ToArray());
        });
        using var handler = new SocketsHttpHandler();
        using var scope = new GuestScope(new WasiConfiguration().WithHttpHandler(handler));

        var request = NewRequest(new Method.Post(), server.Authority, "/echo?q=1", ("x-from-guest", "yes"));
        var body = request.Body().Value;
        var output = body.Write().Value;
        output.BlockingWriteAndFlush("part1"u8.ToArray()).IsOk.ShouldBeTrue();
        var future = OutgoingHandler(request);

        // The body reaches the server while the guest is still writing it.
        firstPartArrived.Wait(Patience).ShouldBeTrue();
        output.BlockingWriteAndFlush("part2"u8.ToArray()).IsOk.ShouldBeTrue();
        output.Dispose();
        Types.OutgoingBodyFinish(body, null).IsOk.ShouldBeTrue();

        var response = Await(future);
        requestSeen.Wait(Patience).ShouldBeTrue();
        seen.ShouldBe("POST /echo?q=1 yes part1part2");
        response.Status().ShouldBe((ushort)201);
        response.Headers().Get("X-Test").Select(Encoding.ASCII.GetString).ShouldBe(["yes"]);
        response.Headers().Append("x-more", [1]).Error.ShouldBeOfType<HeaderError.Immutable>();

        // The response body is read as it arrives: the first part before the server writes the second.
        var input = response.Consume().Value.Stream().Value;
        Encoding.ASCII.GetString(ReadAtLeast(input, 6)).ShouldBe("first,");
        secondPartWritten.SetResult();
        Encoding.ASCII.GetString(ReadToEnd(input)).ShouldBe("second");
    }

    [Fact]
    public void Without_the_grant_the_guest_gets_http_request_denied_and_nothing_is_sent()
    {
        using var server = new LoopbackHttpServer(_ => Task.CompletedTask);
        using var scope = new GuestScope(new WasiConfiguration());

        var result = OutgoingHandlerHost.Instance.Handle(NewRequest(new Method.Get(), server.Authority, "/"), null);

        result.Error.ShouldBeOfType<ErrorCode.HttpRequestDenied>();
        server.Requests.ShouldBe(0);
    }

    [Fact]
    public void A_closed_port_is_connection_refused()
    {
        using var handler = new SocketsHttpHandler();
        using var scope = new GuestScope(new WasiConfiguration().WithHttpHandler(handler));

        var result = AwaitResult(OutgoingHandler(NewRequest(new Method.Get(), $"127.0.0.1:{LoopbackHttpServer.FreePort()}", "/")));

        result.Error.ShouldBeOfType<ErrorCode.ConnectionRefused>();
    }

    [Fact]
    public void A_response_later_than_the_first_byte_timeout_is_http_response_timeout()
    {
        using var release = new CancellationTokenSource();
        using var server = new LoopbackHttpServer(async _ => await Task.Delay(Timeout.Infinite, release.Token).ContinueWith(_ => { }));
        using var handler = new SocketsHttpHandler();
        using var scope = new GuestScope(new WasiConfiguration().WithHttpHandler(handler));
        var options = Types.CreateRequestOptions();
        options.SetFirstByteTimeout(50_000_000).IsOk.ShouldBeTrue();

        var future = OutgoingHandlerHost.Instance.Handle(NewRequest(new Method.Get(), server.Authority, "/"), options).Value;
        var result = AwaitResult(future);
        release.Cancel();

        result.Error.ShouldBeOfType<ErrorCode.HttpResponseTimeout>();
    }

    [Fact]
    public void A_body_stalling_past_the_between_bytes_timeout_fails_the_read_with_connection_read_timeout()
    {
        using var release = new CancellationTokenSource();
        using var server = new LoopbackHttpServer(async context =>
        {
            context.Response.SendChunked = true;
            await context.Response.OutputStream.WriteAsync("start"u8.ToArray());
            await context.Response.OutputStream.FlushAsync();
            await Task.Delay(Timeout.Infinite, release.Token).ContinueWith(_ => { });
        });
        using var handler = new SocketsHttpHandler();
        using var scope = new GuestScope(new WasiConfiguration().WithHttpHandler(handler));
        var options = Types.CreateRequestOptions();
        options.SetBetweenBytesTimeout(50_000_000).IsOk.ShouldBeTrue();

        var response = AwaitResult(OutgoingHandlerHost.Instance.Handle(NewRequest(new Method.Get(), server.Authority, "/"), options).Value).Value;
        var input = response.Consume().Value.Stream().Value;
        Encoding.ASCII.GetString(ReadAtLeast(input, 5)).ShouldBe("start");
        var failed = input.BlockingRead(100);
        release.Cancel();

        var error = failed.Error.ShouldBeOfType<StreamError.LastOperationFailed>();
        Types.HttpErrorCode(error.Value).ShouldBeOfType<ErrorCode.ConnectionReadTimeout>();
    }

    [Fact]
    public void Dropping_the_future_cancels_the_request_in_the_hosts_handler()
    {
        using var handler = new WaitingHandler();
        using var scope = new GuestScope(new WasiConfiguration().WithHttpHandler(handler));

        var future = OutgoingHandler(NewRequest(new Method.Get(), "127.0.0.1:1", "/"));
        handler.Started.Wait(Patience).ShouldBeTrue();
        future.Get().ShouldBeNull();
        future.Dispose();

        handler.Cancelled.Wait(Patience).ShouldBeTrue();
    }

    [Fact]
    public void A_request_without_authority_or_with_another_scheme_is_refused_before_sending()
    {
        using var handler = new SocketsHttpHandler();
        using var scope = new GuestScope(new WasiConfiguration().WithHttpHandler(handler));
        var noAuthority = Types.CreateOutgoingRequest(Types.CreateFields());
        var ftp = NewRequest(new Method.Get(), "127.0.0.1:1", "/");
        ftp.SetScheme(new Scheme.Other("ftp")).IsOk.ShouldBeTrue();

        OutgoingHandlerHost.Instance.Handle(noAuthority, null).Error.ShouldBeOfType<ErrorCode.HttpRequestUriInvalid>();
        OutgoingHandlerHost.Instance.Handle(ftp, null).Error.ShouldBeOfType<ErrorCode.HttpProtocolError>();
    }

    [Fact]
    public void A_body_shorter_than_its_content_length_fails_to_finish()
    {
        var request = NewRequest(new Method.Post(), "127.0.0.1:1", "/", ("content-length", "10"));
        var body = request.Body().Value;
        var output = body.Write().Value;
        output.BlockingWriteAndFlush("short"u8.ToArray()).IsOk.ShouldBeTrue();
        output.Dispose();

        Types.OutgoingBodyFinish(body, null).Error.ShouldBe(new ErrorCode.HttpRequestBodySize(5));
    }

    private static OutgoingRequest NewRequest(Method method, string authority, string path, params (string Name, string Value)[] headers)
    {
        var request = Types.CreateOutgoingRequest(Types.FieldsFromList([.. headers.Select(h => (h.Name, Encoding.ASCII.GetBytes(h.Value)))]).Value);
        request.SetMethod(method).IsOk.ShouldBeTrue();
        request.SetScheme(new Scheme.Http()).IsOk.ShouldBeTrue();
        request.SetAuthority(authority).IsOk.ShouldBeTrue();
        request.SetPathWithQuery(path).IsOk.ShouldBeTrue();
        return request;
    }

    private static FutureIncomingResponse OutgoingHandler(OutgoingRequest request) =>
        OutgoingHandlerHost.Instance.Handle(request, null).Value;

    private static Result<IncomingResponse, ErrorCode> AwaitResult(FutureIncomingResponse future)
    {
        using (var pollable = future.Subscribe())
        {
            pollable.Block();
        }

        var result = future.Get();
        result.ShouldNotBeNull();
        future.Get()!.Value.IsErr.ShouldBeTrue();
        return result.Value.Value;
    }

    private static IncomingResponse Await(FutureIncomingResponse future) => AwaitResult(future).Value;

    private static byte[] ReadAtLeast(InputStream input, int count)
    {
        var bytes = new List<byte>();
        while (bytes.Count < count)
        {
            bytes.AddRange(input.BlockingRead((ulong)(count - bytes.Count)).Value);
        }

        return [.. bytes];
    }

    private static byte[] ReadToEnd(InputStream input)
    {
        var bytes = new List<byte>();
        while (input.BlockingRead(65536) is { IsOk: true } read)
        {
            bytes.AddRange(read.Value);
        }

        return [.. bytes];
    }
}
