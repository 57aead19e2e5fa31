using System.Runtime.InteropServices;
using WitBindgen.Runtime.Wasi.Filesystem.Sandbox;

namespace WitBindgen.Runtime.Wasi.Filesystem;

/// <summary>
/// Whether the direct backend's sandbox for host directories runs on this platform (Linux on x64 or arm64), and the
/// platform's name for messages. Where it does not, <see cref="ComponentBackend.Auto"/> leaves components importing
/// <c>wasi:filesystem</c> to the Wasmtime backend and the direct backend refuses a store with a host preopen.
/// </summary>
internal static class HostSandboxPlatform
{
    private static readonly AsyncLocal<string?> SimulatedPlatform = new();

    /// <summary>Whether the host sandbox runs here.</summary>
    public static bool IsSupported => SimulatedPlatform.Value is null && HostConstants.IsSupported;

    /// <summary>The platform's name, e.g. <c>macOS Arm64</c>.</summary>
    public static string Name => SimulatedPlatform.Value ?? $"{OperatingSystemName} {RuntimeInformation.ProcessArchitecture}";

    /// <summary>
    /// Makes code running in the caller's asynchronous flow (and only there) see a platform named
    /// <paramref name="platform"/> without the host sandbox, or the real one again for null: the tests' way of
    /// checking the selection and refusals of such platforms on a platform that has the sandbox.
    /// </summary>
    internal static void Simulate(string? platform) => SimulatedPlatform.Value = platform;

    private static string OperatingSystemName =>
        OperatingSystem.IsMacOS() ? "macOS"
        : OperatingSystem.IsWindows() ? "Windows"
        : OperatingSystem.IsLinux() ? "Linux"
        : OperatingSystem.IsFreeBSD() ? "FreeBSD"
        : RuntimeInformation.OSDescription;
}
