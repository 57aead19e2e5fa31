namespace WitBindgen.Runtime.Wasi;

/// <summary>An import name of a WASI 0.2 interface, <c>wasi:pkg/iface@0.2.N</c>, split into its parts.</summary>
/// <param name="Interface">The name without its version (<c>wasi:io/streams</c>).</param>
/// <param name="Version">The version (<c>0.2.3</c>).</param>
internal readonly record struct WasiImportName(string Interface, string Version)
{
    /// <summary>The prefix of every WASI import.</summary>
    public const string Prefix = "wasi:";

    /// <summary>Whether <paramref name="name"/> names an interface of a <c>wasi:</c> package.</summary>
    public static bool IsWasi(string name) => name.StartsWith(Prefix, StringComparison.Ordinal);

    /// <summary>
    /// Parses an import name of a WASI 0.2 release (<c>wasi:pkg/iface@0.2.N</c>, N a number); false for any other,
    /// also for another WASI version (0.3, or an unversioned name), which the runtime's 0.2 definitions do not serve.
    /// </summary>
    public static bool TryParse(string name, out WasiImportName parsed)
    {
        parsed = default;
        var at = name.IndexOf('@', StringComparison.Ordinal);
        if (!IsWasi(name) || at < 0 || name.IndexOf('/', StringComparison.Ordinal) is var slash && (slash < 0 || slash > at))
        {
            return false;
        }

        var version = name[(at + 1)..];
        if (!version.StartsWith("0.2.", StringComparison.Ordinal) || version.Length == 4 || version.AsSpan(4).ContainsAnyExceptInRange('0', '9'))
        {
            return false;
        }

        parsed = new WasiImportName(name[..at], version);
        return true;
    }

    /// <summary>The name of the same interface in the runtime's definitions (version <see cref="WasiInterfaces.Version"/>).</summary>
    public string Defined => Interface + "@" + WasiInterfaces.Version;
}
