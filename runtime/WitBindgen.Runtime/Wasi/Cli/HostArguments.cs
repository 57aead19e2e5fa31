using System.Text;

namespace WitBindgen.Runtime.Wasi.Cli;

/// <summary>
/// The host process's arguments as Wasmtime's <c>inherit_argv</c> passes them: the native command line (on Linux
/// <c>/proc/self/cmdline</c>, which starts with the host executable, e.g. <c>dotnet</c>), else .NET's view of it.
/// </summary>
internal static class HostArguments
{
    private static readonly Lazy<string[]> Arguments = new(Read);

    /// <summary>A copy of the host process's arguments.</summary>
    public static string[] Get() => [.. Arguments.Value];

    private static string[] Read()
    {
        if (OperatingSystem.IsLinux())
        {
            try
            {
                var bytes = File.ReadAllBytes("/proc/self/cmdline");
                var text = Encoding.UTF8.GetString(bytes).TrimEnd('\0');
                return text.Length == 0 ? [] : text.Split('\0');
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        }

        return Environment.GetCommandLineArgs();
    }
}
