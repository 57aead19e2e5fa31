using System.Net.Http.Headers;
using WitBindgen.Runtime.Wasi.Bindings.Types2;

namespace WitBindgen.Runtime.Wasi.Http;

/// <summary>
/// A <c>wasi:http/types#fields</c>: header or trailer entries in order, names kept in lower case as Wasmtime keeps
/// them. Fields a guest creates are mutable; those of a request or response (<c>headers</c>) are immutable views of
/// their owner's entries, which refuse every change with <c>immutable</c>. Names and values are checked as Wasmtime
/// checks them, and the headers Wasmtime forbids a guest to set (<see cref="IsForbidden"/>) are refused with
/// <c>forbidden</c>.
/// </summary>
internal sealed class WasiFields : Fields
{
    // Wasmtime's DEFAULT_FORBIDDEN_HEADERS: hop-by-hop headers the host's HTTP stack sets itself.
    private static readonly HashSet<string> Forbidden = new(StringComparer.OrdinalIgnoreCase)
    {
        "connection", "keep-alive", "proxy-authenticate", "proxy-authorization", "proxy-connection",
        "transfer-encoding", "upgrade", "host", "http2-settings",
    };

    private readonly List<KeyValuePair<string, byte[]>> _entries;

    /// <summary>Creates fields over <paramref name="entries"/>, mutable or not.</summary>
    public WasiFields(List<KeyValuePair<string, byte[]>> entries, bool immutable)
    {
        _entries = entries;
        IsImmutable = immutable;
    }

    /// <summary>Creates empty, mutable fields.</summary>
    public WasiFields()
        : this([], immutable: false)
    {
    }

    /// <summary>Whether every change is refused with <c>immutable</c>.</summary>
    public bool IsImmutable { get; }

    /// <summary>The entries, in order (shared with every view of the same fields).</summary>
    public List<KeyValuePair<string, byte[]>> EntryList => _entries;

    /// <summary>Whether a guest may not set the header <paramref name="name"/>: a hop-by-hop header, as in Wasmtime.</summary>
    public static bool IsForbidden(string name) => Forbidden.Contains(name);

    /// <summary>Whether <paramref name="name"/> is a valid field name (an RFC 9110 token).</summary>
    public static bool IsValidName(string name)
    {
        if (name.Length == 0)
        {
            return false;
        }

        foreach (var c in name)
        {
            if (c > 0x7e || !(char.IsAsciiLetterOrDigit(c) || "!#$%&'*+-.^_`|~".Contains(c)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether <paramref name="value"/> is a valid field value: no control bytes but horizontal tab.</summary>
    public static bool IsValidValue(ReadOnlySpan<byte> value)
    {
        foreach (var b in value)
        {
            if ((b < 0x20 && b != (byte)'\t') || b == 0x7f)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Copies the headers of a .NET message (and of its content) into a new entry list.</summary>
    public static List<KeyValuePair<string, byte[]>> FromHeaders(HttpHeaders headers, HttpHeaders? contentHeaders)
    {
        var entries = new List<KeyValuePair<string, byte[]>>();
        foreach (var source in contentHeaders is null ? [headers] : new[] { headers, contentHeaders })
        {
            foreach (var header in source.NonValidated)
            {
                foreach (var value in header.Value)
                {
                    entries.Add(new(header.Key.ToLowerInvariant(), System.Text.Encoding.Latin1.GetBytes(value)));
                }
            }
        }

        return entries;
    }

    /// <summary>Checks a name and value a guest gives: its error, or null when both are valid and allowed.</summary>
    public static HeaderError? Check(string name, ReadOnlySpan<byte> value)
    {
        if (!IsValidName(name) || !IsValidValue(value))
        {
            return new HeaderError.InvalidSyntax();
        }

        return IsForbidden(name) ? new HeaderError.Forbidden() : null;
    }

    /// <inheritdoc />
    public override byte[][] Get(string name) =>
        [.. _entries.Where(e => string.Equals(e.Key, name, StringComparison.OrdinalIgnoreCase)).Select(e => e.Value)];

    /// <inheritdoc />
    public override bool Has(string name) =>
        _entries.Exists(e => string.Equals(e.Key, name, StringComparison.OrdinalIgnoreCase));

    /// <inheritdoc />
    public override Result<Unit, HeaderError> Set(string name, byte[][] value)
    {
        if (Refuse(name, value) is { } error)
        {
            return Result.Err(error);
        }

        Remove(name);
        _entries.AddRange(value.Select(v => new KeyValuePair<string, byte[]>(name.ToLowerInvariant(), v)));
        return Result.Ok();
    }

    /// <inheritdoc />
    public override Result<Unit, HeaderError> Delete(string name)
    {
        if (Refuse(name, []) is { } error)
        {
            return Result.Err(error);
        }

        Remove(name);
        return Result.Ok();
    }

    /// <inheritdoc />
    public override Result<Unit, HeaderError> Append(string name, byte[] value)
    {
        if (Refuse(name, [value]) is { } error)
        {
            return Result.Err(error);
        }

        _entries.Add(new(name.ToLowerInvariant(), value));
        return Result.Ok();
    }

    /// <inheritdoc />
    public override (string, byte[])[] Entries() => [.. _entries.Select(e => (e.Key, e.Value))];

    /// <inheritdoc />
    public override Fields Clone() => new WasiFields([.. _entries], immutable: false);

    private HeaderError? Refuse(string name, byte[][] values)
    {
        if (IsImmutable)
        {
            return new HeaderError.Immutable();
        }

        if (!IsValidName(name))
        {
            return new HeaderError.InvalidSyntax();
        }

        foreach (var value in values)
        {
            if (!IsValidValue(value))
            {
                return new HeaderError.InvalidSyntax();
            }
        }

        return IsForbidden(name) ? new HeaderError.Forbidden() : null;
    }

    private void Remove(string name) =>
        _entries.RemoveAll(e => string.Equals(e.Key, name, StringComparison.OrdinalIgnoreCase));
}
