using System.Globalization;
using WitBindgen.CodeGen.Tests.CompileGate;
using WitBindgen.CodeGen.Tests.Infrastructure;
using WitBindgen.Wit;
using WitBindgen.Wit.Model;
using WitBindgen.Wit.Resolution;

namespace WitBindgen.CodeGen.Tests.Determinism;

/// <summary>
/// Same input, same bytes: across runs, whatever order the files of a package are read in, whatever line endings
/// the WIT has, and whatever culture the generator runs under.
/// </summary>
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

    public static TheoryData<string, BindingMode> CorpusCases()
    {
        var data = new TheoryData<string, BindingMode>();
        foreach (var file in Directory.GetFiles(CorpusCompileTests.CorpusDirectory, "*.wit").Select(Path.GetFileName).OrderBy(n => n, StringComparer.Ordinal))
        {
            data.Add(file!, BindingMode.Host);
            data.Add(file!, BindingMode.Guest);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CorpusCases))]
    public void Generating_twice_gives_identical_files(string file, BindingMode mode)
    {
        var model = LoadCorpus(file, crlf: false);

        var first = GenerateAll(model, mode);
        var second = GenerateAll(LoadCorpus(file, crlf: false), mode);

        first.Length.ShouldBeGreaterThan(0);
        second.ShouldBe(first);
    }

    [Theory]
    [MemberData(nameof(CorpusCases))]
    public void Crlf_line_endings_in_the_wit_give_the_same_files(string file, BindingMode mode)
    {
        var lf = GenerateAll(LoadCorpus(file, crlf: false), mode);
        var crlf = GenerateAll(LoadCorpus(file, crlf: true), mode);

        crlf.ShouldBe(lf);
        if (!file.StartsWith("resources", StringComparison.Ordinal))
        {
            // Doc comments come through both ways; the output never carries a carriage return.
            System.Text.Encoding.UTF8.GetString(crlf).ShouldNotContain("\r");
        }
    }

    [Theory]
    [MemberData(nameof(CorpusCases))]
    public void The_current_culture_does_not_change_the_files(string file, BindingMode mode)
    {
        var invariant = RunUnder(CultureInfo.InvariantCulture, () => GenerateAll(LoadCorpus(file, crlf: false), mode));

        // Turkish cases i and I differently, German and Arabic format numbers differently.
        foreach (var culture in new[] { "tr-TR", "de-DE", "ar-SA", "th-TH" })
        {
            CultureInfo.GetCultureInfo(culture).TextInfo.ToUpper("i").ShouldBe(culture == "tr-TR" ? "\u0130" : "I", "culture data must be real for this test to mean anything");
            RunUnder(CultureInfo.GetCultureInfo(culture), () => GenerateAll(LoadCorpus(file, crlf: false), mode))
                .ShouldBe(invariant, culture);
        }
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

    private static WitModel LoadCorpus(string file, bool crlf)
    {
        var text = File.ReadAllText(Path.Combine(CorpusCompileTests.CorpusDirectory, file)).Replace("\r\n", "\n");
        if (crlf)
        {
            text = text.Replace("\n", "\r\n");
            text.ShouldContain("\r\n");
        }

        var input = new WitInput(EquatableArray.Create(new SourceFile(file, text)), EquatableArray<DependencyGroup>.Empty, EquatableArray.Create("fancy-types"));
        var result = WitResolver.Resolve(input);
        result.HasErrors.ShouldBeFalse(string.Join("\n", result.Diagnostics));
        return result.Model!;
    }

    // Every root world's files and diagnostics, as bytes.
    private static byte[] GenerateAll(WitModel model, BindingMode mode)
    {
        var text = new System.Text.StringBuilder();
        foreach (var id in Enumerable.Range(0, model.Worlds.Count).Select(i => new WorldId(i)).Where(id => model.RootPackages.Contains(model[id].Package)))
        {
            var result = CSharpGenerator.Generate(model, new CodeGenOptions(global::WitBindgen.CodeGen.Context.WorldSelector.QualifiedName(model, id), mode, null, false));
            text.Append(string.Join("\n", result.Diagnostics.Select(d => d.Id + " " + d.Message + " " + d.Location?.Line + ":" + d.Location?.Column))).Append('\0');
            foreach (var file in result.Files)
            {
                text.Append(file.HintName).Append('\0').Append(file.Text).Append('\0');
            }
        }

        return System.Text.Encoding.UTF8.GetBytes(text.ToString());
    }

    private static T RunUnder<T>(CultureInfo culture, Func<T> action)
    {
        var (current, currentUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
            return action();
        }
        finally
        {
            CultureInfo.CurrentCulture = current;
            CultureInfo.CurrentUICulture = currentUi;
        }
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
