using WitBindgen.CodeGen.Tests.CompileGate;
using WitBindgen.CodeGen.Tests.Infrastructure;
using WitBindgen.Wit;
using WitBindgen.Wit.Model;
using WitBindgen.Wit.Resolution;

namespace WitBindgen.CodeGen.Tests.Determinism;

/// <summary>Same input, same bytes: across runs, and whatever order the files of a package are read in.</summary>
public sealed class DeterminismTests
{
    private const string PartOne = """
        package det:multi;
        interface a { use b.{shared}; record from-a { s: shared, n: list<u8> } variant pick { one(from-a), two } }
        world w { import a; export b; }
        """;

    private const string PartTwo = """
        package det:multi;
        interface b { record shared { x: u32 } flags bits { p, q } enum kind { k1, k2 } }
        """;

    [Theory]
    [InlineData("nesting.wit")]
    [InlineData("keywords.wit")]
    [InlineData("versions.wit")]
    public void Generating_twice_gives_identical_files(string file)
    {
        var (model, problems) = WitSource.Load(Path.Combine(CorpusCompileTests.CorpusDirectory, file));
        model.ShouldNotBeNull(problems);
        var options = new CodeGenOptions(null, BindingMode.Guest, null, false);

        var first = CSharpGenerator.Generate(model, options);
        var second = CSharpGenerator.Generate(model, options);

        first.Files.IsEmpty.ShouldBeFalse();
        second.ShouldBe(first);
        Bytes(second).ShouldBe(Bytes(first));
    }

    [Fact]
    public void Order_of_package_files_does_not_change_the_output()
    {
        var forward = Generate(WitSource.Resolve(PartOne, PartTwo));
        var backward = Generate(WitSource.Resolve(PartTwo, PartOne));

        forward.Files.Count(f => f.HintName.EndsWith(".Types.g.cs", StringComparison.Ordinal)).ShouldBe(2);
        Bytes(backward).ShouldBe(Bytes(forward));
    }

    [ConformanceFact]
    public void Order_of_files_and_dependencies_does_not_change_wasi_http_output()
    {
        var (input, diagnostics) = WitInputLoader.Load(Path.Combine(TestPaths.ConformanceDir("wasi-wit")!, "http"), Array.Empty<string>());
        input.ShouldNotBeNull(string.Join("\n", diagnostics));
        var reversed = new WitInput(
            input.RootFiles.Reverse().ToEquatableArray(),
            input.Dependencies.Reverse().Select(d => new DependencyGroup(d.Name, d.Files.Reverse().ToEquatableArray())).ToEquatableArray(),
            input.Features);

        // wasi:http uses resources, which neither mode binds yet: compare the type declarations both modes share.
        var forward = TypeDeclarations(WitResolver.Resolve(input).Model!, "wasi:http/proxy");
        var backward = TypeDeclarations(WitResolver.Resolve(reversed).Model!, "wasi:http/proxy");

        forward.Count.ShouldBeGreaterThan(1);
        Bytes(backward).ShouldBe(Bytes(forward));
    }

    private static CodeGenResult Generate(WitModel model, string? world = null)
    {
        var result = CSharpGenerator.Generate(model, new CodeGenOptions(world, BindingMode.Guest, null, false));
        result.Diagnostics.ShouldBeEmpty();
        return result;
    }

    private static IReadOnlyList<GeneratedFile> TypeDeclarations(WitModel model, string world)
    {
        var diagnostics = new Wit.Diagnostics.DiagnosticBag();
        var context = global::WitBindgen.CodeGen.Context.CodeGenContext.Create(model, new CodeGenOptions(world, BindingMode.Guest, null, false), diagnostics);
        context.ShouldNotBeNull(string.Join("\n", diagnostics.Items));
        return global::WitBindgen.CodeGen.Emit.Types.TypeFilesEmitter.Emit(context).ToList();
    }

    private static byte[] Bytes(CodeGenResult result) => Bytes(result.Files);

    private static byte[] Bytes(IEnumerable<GeneratedFile> files) =>
        System.Text.Encoding.UTF8.GetBytes(string.Concat(files.Select(f => f.HintName + "\0" + f.Text + "\0")));
}
