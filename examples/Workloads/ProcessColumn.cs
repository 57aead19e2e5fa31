using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Workloads;

/// <summary>
/// A column measured in a child process (Node.js, or the C compiled for this machine) that times each repetition
/// itself and prints <c>&lt;workload&gt; &lt;checksum&gt; &lt;ms&gt;...</c> per line.
/// </summary>
internal static class ProcessColumn
{
    /// <summary>The arguments both programs take after their own: inputs, sizes, repetitions and warm-up runs.</summary>
    public static string[] Arguments(string imagePath, string jsonPath, Inputs inputs, int repetitions, int warmups) =>
    [
        imagePath, Num(Inputs.ImageWidth), Num(Inputs.ImageHeight), Num(Inputs.ResampledWidth), Num(Inputs.ResampledHeight),
        jsonPath, Num((int)inputs.FibN), Num(repetitions), Num(warmups),
    ];

    /// <summary>Finds <paramref name="program"/> on PATH, or null.</summary>
    public static string? FindOnPath(string program)
    {
        foreach (var directory in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var name in OperatingSystem.IsWindows() ? [program + ".exe", program] : new[] { program })
            {
                var candidate = Path.Combine(directory, name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    public static Dictionary<string, Measurement> Run(string program, IEnumerable<string> arguments)
    {
        var output = RunProcess(program, arguments);
        var results = new Dictionary<string, Measurement>();
        foreach (var line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = line.Split(' ');
            results[parts[0]] = new Measurement(
                ulong.Parse(parts[1], NumberStyles.HexNumber, CultureInfo.InvariantCulture),
                parts.Skip(2).Select(p => double.Parse(p, CultureInfo.InvariantCulture)).ToArray());
        }

        foreach (var name in WorkloadNames.All)
        {
            if (!results.ContainsKey(name))
            {
                throw new InvalidOperationException($"{Path.GetFileName(program)} printed no result for '{name}'. Its output:\n{output}");
            }
        }

        return results;
    }

    /// <summary>
    /// Compiles c/native.c and c/workloads.c with the first of cc, gcc or clang on PATH (-O2, no machine-specific
    /// flags, like the WebAssembly build), into a cache directory keyed by the sources; null when there is no compiler.
    /// </summary>
    public static string? BuildNative(out string message)
    {
        var compiler = new[] { "cc", "gcc", "clang" }.Select(FindOnPath).FirstOrDefault(p => p is not null);
        if (compiler is null)
        {
            message = "no C compiler (cc, gcc or clang) on PATH";
            return null;
        }

        var sourceDirectory = Path.Combine(AppContext.BaseDirectory, "c");
        string[] sources = [Path.Combine(sourceDirectory, "native.c"), Path.Combine(sourceDirectory, "workloads.c")];
        var key = new StringBuilder(compiler);
        foreach (var file in sources.Append(Path.Combine(sourceDirectory, "workloads.h")))
        {
            key.Append('\n').Append(File.ReadAllText(file));
        }

        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key.ToString())))[..16].ToLowerInvariant();
        var executable = Path.Combine(Path.GetTempPath(), "witbindgen-workloads", $"native-{hash}");
        if (!File.Exists(executable))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(executable)!);
            var temporary = executable + $".{Environment.ProcessId}";
            try
            {
                RunProcess(compiler, ["-O2", "-std=c11", "-o", temporary, .. sources]);
            }
            catch (InvalidOperationException failure)
            {
                // A compiler without a C library or headers: skip the column rather than fail the whole run.
                message = $"{Path.GetFileName(compiler)} could not build c/native.c: {failure.Message.Split('\n', 2)[^1].Trim()}";
                return null;
            }

            File.Move(temporary, executable, overwrite: true);
        }

        message = $"{Path.GetFileName(compiler)} -O2";
        return executable;
    }

    public static string RunProcess(string program, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}.");
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromMinutes(10)))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"{program} did not finish within 10 minutes.");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', start.ArgumentList)} failed with exit code {process.ExitCode}:\n{error.Result}");
        }

        return output;
    }

    private static string Num(int value) => value.ToString(CultureInfo.InvariantCulture);
}
