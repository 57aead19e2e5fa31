namespace WitBindgen.Runtime.Wasi.Cli;

/// <summary>
/// The direct backend's <c>wasi:cli/environment</c>: a stateless router to the calling store's <see cref="WasiContext"/>.
/// </summary>
internal sealed class EnvironmentHost : global::WitBindgen.Runtime.Wasi.Bindings.Environment.IEnvironment
{
    /// <summary>The one instance every linker uses.</summary>
    public static readonly EnvironmentHost Instance = new();

    /// <inheritdoc />
    public (string, string)[] GetEnvironment() => throw WasiTrap.NotImplemented("wasi:cli/environment#get-environment");

    /// <inheritdoc />
    public string[] GetArguments() => throw WasiTrap.NotImplemented("wasi:cli/environment#get-arguments");

    /// <inheritdoc />
    public string? InitialCwd() => throw WasiTrap.NotImplemented("wasi:cli/environment#initial-cwd");
}
