using System.Reflection;
using System.Text;
using WitBindgen.Generator.Tests.Infrastructure;

namespace WitBindgen.Generator.Tests.Driver;

/// <summary>
/// The source generator and <c>witbindgen generate</c> must write the same code for the same WIT and settings,
/// byte for byte, so a project can move between them without a diff. Runs the built command line on WIT
/// written to disk and the generator in memory over the same files.
/// </summary>
public sealed class CliParityTests
{
    public static TheoryData<string, string> Worlds => new()
    {
        { "calc", "Guest" },
        { "calc", "Host" },
        { "app", "Guest" },
        { "app", "Host" },
    };

    [Theory]
    [MemberData(nameof(Worlds))]
    public void The_command_line_writes_what_the_generator_adds(string world, string mode)
    {
        using var directory = new TempDirectory();
        var files = world == "calc"
            ? new Dictionary<string, string> { ["calc.wit"] = WitSamples.Calc }
            : new Dictionary<string, string> { ["app.wit"] = WitSamples.UsesNumbers, ["deps/numbers.wit"] = WitSamples.Numbers };

        AssertSameOutput(directory.Path, files, world, mode);
    }

    [ConformanceTheory]
    [InlineData("wasi-wit/random", "imports", "Guest")]
    [InlineData("wasi-wit/random", "imports", "Host")]
    [InlineData("wit-bindgen-codegen/flags.wit", null, "Guest")]
    [InlineData("wit-bindgen-codegen/flags.wit", null, "Host")]
    [InlineData("wit-bindgen-codegen/conventions.wit", null, "Guest")]
    [InlineData("wit-bindgen-codegen/conventions.wit", null, "Host")]
    [InlineData("wit-bindgen-codegen/floats.wit", null, "Guest")]
    [InlineData("wit-bindgen-codegen/char.wit", null, "Host")]
    public void The_command_line_writes_what_the_generator_adds_for_conformance_wit(string source, string? world, string mode)
    {
        using var directory = new TempDirectory();
        var path = Path.Combine(TestPaths.Conformance!, source);
        var files = File.Exists(path)
            ? new Dictionary<string, string> { [Path.GetFileName(path)] = File.ReadAllText(path) }
            : Directory.EnumerateFiles(path, "*.wit", SearchOption.AllDirectories)
                .ToDictionary(file => Path.GetRelativePath(path, file).Replace('\\', '/'), File.ReadAllText);

        AssertSameOutput(directory.Path, files, world, mode);
    }

    private static void AssertSameOutput(string directory, Dictionary<string, string> files, string? world, string mode)
    {
        var wit = Path.Combine(directory, "wit");
        var item = new WitItemSpec(wit + Path.DirectorySeparatorChar, World: world, Mode: mode);
        var project = new TestProject();
        foreach (var (relative, text) in files)
        {
            var path = Path.Combine(wit, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);
            project.Add(item, relative, text);
        }

        var result = GeneratorRunner.Run(project, GeneratorRunner.CreateCompilation(referenceRuntime: true)).Result.Results.Single();
        // The project has no C#, so a guest world's exports have no implementation (WIT0930); nothing else is reported.
        result.Diagnostics.Where(d => d.Id != "WIT0930").ShouldBeEmpty();
        // The assembly's WitInterface attributes describe what a compilation declares; the command line has none.
        var generated = result.GeneratedSources.Where(s => s.HintName != Generation.SourceEmitter.InterfacesHintName).ToList();
        generated.ShouldNotBeEmpty();

        var output = Path.Combine(directory, "out");
        string[] worldOption = world is null ? [] : ["--world", world];
        var (exitCode, printed) = DotnetCli.Run(directory, TimeSpan.FromMinutes(2), [CliPath, "generate", wit, .. worldOption, "--mode", mode.ToLowerInvariant(), "--out", output]);
        exitCode.ShouldBe(0, printed);

        var written = Directory.EnumerateFiles(output, "*.cs").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray();
        written.ShouldBe(generated.Select(s => s.HintName).Order(StringComparer.Ordinal).ToArray());
        foreach (var source in generated)
        {
            var bytes = File.ReadAllBytes(Path.Combine(output, source.HintName));
            bytes.ShouldBe(new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(source.SourceText.ToString()), source.HintName);
        }
    }

    private static string CliPath =>
        typeof(CliParityTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "WitBindgenCli").Value!;

    private sealed class TempDirectory : IDisposable
    {
        public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "witbindgen-parity-" + Guid.NewGuid().ToString("N"));

        public void Dispose()
        {
            try
            {
                Directory.Delete(Path, recursive: true);
            }
            catch (IOException)
            {
                // A leftover temporary directory is harmless.
            }
        }
    }
}
