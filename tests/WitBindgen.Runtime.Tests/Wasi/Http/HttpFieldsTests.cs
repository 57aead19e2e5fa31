using System.Text;
using WitBindgen.Runtime.Wasi.Bindings.Types2;
using WitBindgen.Runtime.Wasi.Http;

namespace WitBindgen.Runtime.Tests.Wasi.Http;

/// <summary>
/// <c>wasi:http/types#fields</c> as the direct backend implements it: Wasmtime's syntax checks, forbidden headers and
/// immutability of a request's or response's headers.
/// </summary>
public sealed class HttpFieldsTests
{
    private static readonly HttpTypesHost Types = HttpTypesHost.Instance;

    [Theory]
    [InlineData("connection")]
    [InlineData("Host")]
    [InlineData("transfer-encoding")]
    [InlineData("Keep-Alive")]
    [InlineData("upgrade")]
    [InlineData("proxy-authorization")]
    [InlineData("http2-settings")]
    public void Forbidden_headers_are_refused_by_every_change(string name)
    {
        var fields = Types.CreateFields();

        fields.Append(name, "x"u8.ToArray()).Error.ShouldBeOfType<HeaderError.Forbidden>();
        fields.Set(name, ["x"u8.ToArray()]).Error.ShouldBeOfType<HeaderError.Forbidden>();
        fields.Delete(name).Error.ShouldBeOfType<HeaderError.Forbidden>();
        Types.FieldsFromList([(name, "x"u8.ToArray())]).Error.ShouldBeOfType<HeaderError.Forbidden>();
        fields.Entries().ShouldBeEmpty();
    }

    [Theory]
    [InlineData("bad name", "ok")]
    [InlineData("", "ok")]
    [InlineData("ok-name", "bad\nvalue")]
    [InlineData("ok-name", "bad\rvalue")]
    [InlineData("naïve", "ok")]
    public void Malformed_names_and_values_are_invalid_syntax(string name, string value)
    {
        var bytes = Encoding.UTF8.GetBytes(value);

        Types.CreateFields().Append(name, bytes).Error.ShouldBeOfType<HeaderError.InvalidSyntax>();
        Types.FieldsFromList([(name, bytes)]).Error.ShouldBeOfType<HeaderError.InvalidSyntax>();
    }

    [Fact]
    public void Names_are_matched_without_case_and_kept_in_order_in_lower_case()
    {
        var fields = Types.FieldsFromList([("X-One", "1"u8.ToArray()), ("x-two", "2"u8.ToArray()), ("x-ONE", "3"u8.ToArray())]).Value;

        Text(fields.Get("x-one")).ShouldBe(["1", "3"]);
        fields.Has("X-TWO").ShouldBeTrue();
        fields.Set("X-one", ["4"u8.ToArray()]).IsOk.ShouldBeTrue();
        fields.Entries().Select(e => $"{e.Item1}={Encoding.ASCII.GetString(e.Item2)}").ShouldBe(["x-two=2", "x-one=4"]);
        fields.Get("bad name").ShouldBeEmpty();
    }

    [Fact]
    public void A_requests_headers_are_immutable_but_their_clone_is_not()
    {
        var request = Types.CreateOutgoingRequest(Types.FieldsFromList([("x-a", "1"u8.ToArray())]).Value);

        var headers = request.Headers();
        headers.Append("x-b", "2"u8.ToArray()).Error.ShouldBeOfType<HeaderError.Immutable>();
        headers.Set("x-a", []).Error.ShouldBeOfType<HeaderError.Immutable>();
        headers.Delete("x-a").Error.ShouldBeOfType<HeaderError.Immutable>();
        Text(headers.Get("x-a")).ShouldBe(["1"]);

        var clone = headers.Clone();
        clone.Append("x-b", "2"u8.ToArray()).IsOk.ShouldBeTrue();
        request.Headers().Has("x-b").ShouldBeFalse();
    }

    [Fact]
    public void A_request_refuses_malformed_methods_paths_schemes_and_authorities()
    {
        var request = Types.CreateOutgoingRequest(Types.CreateFields());

        request.SetMethod(new Method.Other("BAD METHOD")).IsErr.ShouldBeTrue();
        request.SetPathWithQuery("/a b").IsErr.ShouldBeTrue();
        request.SetScheme(new Scheme.Other("1http")).IsErr.ShouldBeTrue();
        request.SetAuthority("host/path").IsErr.ShouldBeTrue();
        request.Method().ShouldBeOfType<Method.Get>();
        request.PathWithQuery().ShouldBeNull();

        request.SetMethod(new Method.Other("PURGE")).IsOk.ShouldBeTrue();
        request.SetPathWithQuery("/a?b=c").IsOk.ShouldBeTrue();
        request.SetAuthority("127.0.0.1:8080").IsOk.ShouldBeTrue();
        request.Body().IsOk.ShouldBeTrue();
        request.Body().IsErr.ShouldBeTrue();
    }

    private static string[] Text(byte[][] values) => [.. values.Select(Encoding.ASCII.GetString)];
}
