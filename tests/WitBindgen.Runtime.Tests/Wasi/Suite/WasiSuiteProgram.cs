using System.Text.Json;

namespace WitBindgen.Runtime.Tests.Wasi.Suite;

/// <summary>
/// One program of the shared wasi-testsuite (conformance/wasi-testsuite, see its ORIGIN.md) with its specification:
/// the JSON file beside the component, or all defaults without one.
/// </summary>
internal sealed record WasiSuiteProgram(
    string Name,
    string ComponentPath,
    IReadOnlyList<string> Args,
    IReadOnlyList<KeyValuePair<string, string>> Environment,
    string? RootPath,
    int ExitCode,
    string? Stdout,
    string? Stderr)
{
    private static readonly string[] Suites = ["assemblyscript", "c", "rust"];

    private static readonly Lazy<IReadOnlyDictionary<string, WasiSuiteProgram>> Programs = new(Load);

    /// <summary>The suite's directory, or null when the shared conformance material is absent.</summary>
    public static string? Directory => TestPaths.ConformanceDir("wasi-testsuite");

    /// <summary>Every program by name (<c>suite/file-name</c> without extension); empty without the material.</summary>
    public static IReadOnlyDictionary<string, WasiSuiteProgram> All => Programs.Value;

    /// <summary>The names as theory data.</summary>
    public static TheoryData<string> Names
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var name in All.Keys.Order(StringComparer.Ordinal))
            {
                data.Add(name);
            }

            return data;
        }
    }

    /// <summary>The arguments the guest sees: the file name first (argv[0]), then the specification's.</summary>
    public string[] GuestArgs => [Path.GetFileName(ComponentPath), .. Args];

    private static IReadOnlyDictionary<string, WasiSuiteProgram> Load()
    {
        if (Directory is not { } root)
        {
            return new Dictionary<string, WasiSuiteProgram>();
        }

        var programs = new Dictionary<string, WasiSuiteProgram>(StringComparer.Ordinal);
        foreach (var suite in Suites)
        {
            foreach (var file in System.IO.Directory.GetFiles(Path.Combine(root, suite), "*.wasm"))
            {
                var program = Parse(suite, file);
                programs.Add(program.Name, program);
            }
        }

        return programs;
    }

    private static WasiSuiteProgram Parse(string suite, string componentPath)
    {
        var name = suite + "/" + Path.GetFileNameWithoutExtension(componentPath);
        var specPath = Path.ChangeExtension(componentPath, ".json");
        if (!File.Exists(specPath))
        {
            return new(name, componentPath, [], [], null, 0, null, null);
        }

        try
        {
            using var spec = JsonDocument.Parse(File.ReadAllBytes(specPath));
            var json = spec.RootElement;
            var args = json.TryGetProperty("args", out var a) ? a.EnumerateArray().Select(e => e.GetString()!).ToArray() : [];
            var env = json.TryGetProperty("env", out var e)
                ? e.EnumerateObject().Select(p => new KeyValuePair<string, string>(p.Name, p.Value.GetString()!)).ToArray()
                : [];
            var root = json.TryGetProperty("root", out var r) ? Path.Combine(Path.GetDirectoryName(componentPath)!, r.GetString()!) : null;
            var exitCode = json.TryGetProperty("exit_code", out var x) ? x.GetInt32() : 0;
            var stdout = json.TryGetProperty("stdout", out var o) ? o.GetString() : null;
            var stderr = json.TryGetProperty("stderr", out var s) ? s.GetString() : null;
            return new(name, componentPath, args, env, root, exitCode, stdout, stderr);
        }
        catch (Exception error) when (error is JsonException or InvalidOperationException or KeyNotFoundException)
        {
            throw new InvalidDataException($"{specPath}: not a wasi-testsuite specification: {error.Message}", error);
        }
    }
}
