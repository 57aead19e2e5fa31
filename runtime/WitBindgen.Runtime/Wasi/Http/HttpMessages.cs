using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using WitBindgen.Runtime.Wasi.Bindings.Types2;

namespace WitBindgen.Runtime.Wasi.Http;

/// <summary>Conversions between the guest's HTTP resources and .NET's messages.</summary>
internal static class HttpMessages
{
    /// <summary>The <c>content-length</c> the entries declare, or null when none or not a number.</summary>
    public static long? DeclaredContentLength(List<KeyValuePair<string, byte[]>> entries)
    {
        foreach (var entry in entries)
        {
            if (string.Equals(entry.Key, "content-length", StringComparison.OrdinalIgnoreCase)
                && long.TryParse(Encoding.ASCII.GetString(entry.Value), NumberStyles.None, CultureInfo.InvariantCulture, out var length))
            {
                return length;
            }
        }

        return null;
    }

    /// <summary>Whether <paramref name="value"/> is a path with an optional query: no spaces or control characters.</summary>
    public static bool IsValidPathWithQuery(string value) =>
        value.All(c => c > 0x20 && c < 0x7f) && (value.Length == 0 || value[0] == '/' || value == "*");

    /// <summary>Whether <paramref name="value"/> is a URI scheme (RFC 3986).</summary>
    public static bool IsValidScheme(string value) =>
        value.Length > 0 && char.IsAsciiLetter(value[0]) && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.');

    /// <summary>Whether <paramref name="value"/> is an authority (<c>host[:port]</c>, optionally with user info).</summary>
    public static bool IsValidAuthority(string value) =>
        value.Length > 0 && value.All(c => c > 0x20 && c < 0x7f && c is not '/' and not '?' and not '#')
        && Uri.TryCreate("http://" + value + "/", UriKind.Absolute, out _);

    /// <summary>The .NET method of a WIT method.</summary>
    public static HttpMethod ToHttpMethod(Method method) => method switch
    {
        Method.Get => HttpMethod.Get,
        Method.Head => HttpMethod.Head,
        Method.Post => HttpMethod.Post,
        Method.Put => HttpMethod.Put,
        Method.Delete => HttpMethod.Delete,
        Method.Connect => new HttpMethod("CONNECT"),
        Method.Options => HttpMethod.Options,
        Method.Trace => HttpMethod.Trace,
        Method.Patch => HttpMethod.Patch,
        Method.Other other => new HttpMethod(other.Value),
        _ => throw new ArgumentOutOfRangeException(nameof(method)),
    };

    /// <summary>The WIT method of a .NET method.</summary>
    public static Method FromHttpMethod(HttpMethod method) => method.Method.ToUpperInvariant() switch
    {
        "GET" => new Method.Get(),
        "HEAD" => new Method.Head(),
        "POST" => new Method.Post(),
        "PUT" => new Method.Put(),
        "DELETE" => new Method.Delete(),
        "CONNECT" => new Method.Connect(),
        "OPTIONS" => new Method.Options(),
        "TRACE" => new Method.Trace(),
        "PATCH" => new Method.Patch(),
        _ => new Method.Other(method.Method),
    };

    /// <summary>
    /// The .NET request for a guest's request, or the error code the guest gets when it cannot be sent (no authority,
    /// a scheme other than http or https). The body, if the guest took one, is streamed from its pipe.
    /// </summary>
    public static HttpRequestMessage ToHttpRequest(WasiOutgoingRequest request, out ErrorCode? error)
    {
        error = null;
        var scheme = request.CurrentScheme switch
        {
            null or Scheme.Https => "https",
            Scheme.Http => "http",
            _ => null,
        };
        if (scheme is null)
        {
            error = new ErrorCode.HttpProtocolError();
        }
        else if (request.CurrentAuthority is null)
        {
            error = new ErrorCode.HttpRequestUriInvalid();
        }

        var message = new HttpRequestMessage(ToHttpMethod(request.CurrentMethod), (Uri?)null);
        if (error is not null
            || !Uri.TryCreate($"{scheme}://{request.CurrentAuthority}{request.CurrentPathWithQuery ?? "/"}", UriKind.Absolute, out var uri))
        {
            error ??= new ErrorCode.HttpRequestUriInvalid();
            return message;
        }

        message.RequestUri = uri;
        if (request.OutgoingBody is { } body)
        {
            message.Content = new HttpBodyContent(body.Pipe);
        }

        foreach (var (name, value) in request.HeaderEntries)
        {
            var text = Encoding.Latin1.GetString(value);
            if (!message.Headers.TryAddWithoutValidation(name, text))
            {
                message.Content ??= new ByteArrayContent([]);
                message.Content.Headers.TryAddWithoutValidation(name, text);
            }
        }

        return message;
    }

    /// <summary>The entries of a .NET message's headers and its content's headers, names in lower case.</summary>
    public static List<KeyValuePair<string, byte[]>> Entries(HttpHeaders headers, HttpContent? content) =>
        WasiFields.FromHeaders(headers, content?.Headers);
}
