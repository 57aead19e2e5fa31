using WitBindgen.Wit.Diagnostics;
using WitBindgen.Wit.Resolution;

namespace WitBindgen.Wit.Tests.Resolution;

public sealed class WitInputLoaderTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "witbindgen-loader-" + Guid.NewGuid().ToString("N"));

    public WitInputLoaderTests() => Directory.CreateDirectory(_root);

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void A_directory_is_its_wit_files_in_name_order_plus_each_deps_entry()
    {
        Write("b.wit", "interface two {}");
        Write("a.wit", "package my:app;\ninterface one { use dep:one/i.{}; use dep:two/i.{}; }");
        Write("notes.txt", "not wit");
        Write("deps/z-dir/x.wit", "package dep:two;\ninterface i {}");
        Write("deps/a-file.wit", "package dep:one;\ninterface i {}");
        Write("deps/ignored.md", "# not wit");

        var (input, diagnostics) = WitInputLoader.Load(_root, new[] { "feature" });

        diagnostics.ShouldBeEmpty();
        input.ShouldNotBeNull();
        input.RootFiles.Select(f => Path.GetFileName(f.Path)).ShouldBe(new[] { "a.wit", "b.wit" });
        input.Dependencies.Select(d => d.Name).ShouldBe(new[] { "a-file.wit", "z-dir" });
        input.Features.ShouldBe(new[] { "feature" });

        var model = Wit.Ok(WitResolver.Resolve(input));
        model.Packages.Select(p => p.Name.ToString()).ShouldBe(new[] { "dep:one", "dep:two", "my:app" });
    }

    [Fact]
    public void A_file_is_a_package_of_its_own_without_deps()
    {
        Write("deps/dep.wit", "package dep:x;");
        var file = Write("single.wit", "package a:b;");

        var (input, diagnostics) = WitInputLoader.Load(file, Array.Empty<string>());

        diagnostics.ShouldBeEmpty();
        input.ShouldNotBeNull().RootFiles.Count.ShouldBe(1);
        input.Dependencies.ShouldBeEmpty();
    }

    [Fact]
    public void A_missing_path_is_a_diagnostic()
    {
        var (input, diagnostics) = WitInputLoader.Load(Path.Combine(_root, "nope"), Array.Empty<string>());

        input.ShouldBeNull();
        diagnostics.ShouldHaveSingleItem().Descriptor.ShouldBe(WitDiagnostics.NotWitInput);
    }

    private string Write(string relative, string text)
    {
        var path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }
}
