using WitBindgen.CodeGen;
using WitBindgen.Wit.Resolution;

namespace WitBindgen.Host.Tests.Snapshots;

/// <summary>
/// The generated host bindings of this project's own test worlds, compared with approved files so every change
/// to the output is reviewed. To accept a change, replace the <c>.approved.cs</c> file with the <c>.received.cs</c> one.
/// </summary>
public sealed class HostSnapshotTests
{
    [Fact]
    public void All_types_world() => Generate(Path.Combine(RepoPath("tests", "components", "all-types"), "all-types.wit"), "all-types")
        .ShouldMatchApproved(o => o.SubFolder("Approved").WithDiscriminator("all-types").WithFileExtension("cs").NoDiff());

    [Fact]
    public void Features_world() => Generate(Path.Combine(SourceDirectory(), "wit", "features"), "features")
        .ShouldMatchApproved(o => o.SubFolder("Approved").WithDiscriminator("features").WithFileExtension("cs").NoDiff());

    /// <summary>All generated files of a world, each under a header naming it.</summary>
    internal static string Generate(string witPath, string world)
    {
        var (input, loadDiagnostics) = WitInputLoader.Load(witPath, []);
        loadDiagnostics.ShouldBeEmpty();
        var resolved = WitResolver.Resolve(input!);
        resolved.Diagnostics.ShouldBeEmpty();
        var result = CSharpGenerator.Generate(resolved.Model!, new CodeGenOptions(world, BindingMode.Host, null, false));
        result.Diagnostics.ShouldBeEmpty();
        return string.Concat(result.Files.Select(f => $"// ===== {f.HintName} =====\n{f.Text}\n"));
    }

    private static string RepoPath(params string[] parts) => Path.Combine([TestPaths.RepoRoot, .. parts]);

    private static string SourceDirectory([System.Runtime.CompilerServices.CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
