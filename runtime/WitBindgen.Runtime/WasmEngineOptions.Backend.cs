namespace WitBindgen.Runtime;

/// <summary>Which backend runs components.</summary>
public sealed partial record WasmEngineOptions
{
    /// <summary>The environment variable that chooses <see cref="Backend"/> when the option is not set.</summary>
    public const string BackendEnvironmentVariable = "WITBINDGEN_BACKEND";

    private readonly ComponentBackend? _backend;

    /// <summary>
    /// Which backend runs the engine's components (see <see cref="ComponentBackend"/>). When not set, the process-wide
    /// environment variable <c>WITBINDGEN_BACKEND</c> (<c>auto</c>, <c>direct</c> or <c>wasmtime</c>, any case) decides,
    /// for troubleshooting or for running a test suite on one backend; without it, <see cref="ComponentBackend.Auto"/>.
    /// A value set here always wins over the variable.
    /// </summary>
    /// <exception cref="WitRuntimeException">(Reading) The option is not set and the variable holds another value.</exception>
    public ComponentBackend Backend
    {
        get => _backend ?? BackendFromEnvironment();
        init => _backend = value;
    }

    /// <summary>The backend <c>WITBINDGEN_BACKEND</c> chooses, or <see cref="ComponentBackend.Auto"/> when it is unset or empty.</summary>
    /// <exception cref="WitRuntimeException">The variable holds something else than auto, direct or wasmtime.</exception>
    internal static ComponentBackend BackendFromEnvironment() => ParseBackend(Environment.GetEnvironmentVariable(BackendEnvironmentVariable));

    /// <summary>The backend <paramref name="value"/> (the variable's value) names.</summary>
    /// <exception cref="WitRuntimeException">The value is not auto, direct or wasmtime.</exception>
    internal static ComponentBackend ParseBackend(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        null or "" or "auto" => ComponentBackend.Auto,
        "direct" => ComponentBackend.Direct,
        "wasmtime" => ComponentBackend.Wasmtime,
        _ => throw new WitRuntimeException(
            $"The environment variable {BackendEnvironmentVariable} is '{value}', which is not a backend: use auto, direct or wasmtime (any case), or unset it."),
    };
}
