using WitBindgen.Wit.Binary;
using WitBindgen.Wit.Printing;
using static WitBindgen.Testing.ExternNameSamples;
using static WitBindgen.Testing.WasmBytes;

namespace WitBindgen.Wit.Tests.Snapshots;

/// <summary>
/// The model decoded from every component the repository holds (tests/components, the conformance components) and
/// from hand-built binaries for the cases those lack, printed by the one WIT printer and reviewed as text in
/// Snapshots/Approved/*.approved.wit. The decoded world's package is documented with where it came from, and each
/// type the binary leaves unnamed with where its name came from. A change fails the test and leaves a .received.wit
/// beside the approved file; when the change is intended, accept it with <c>tests/accept-snapshots.sh</c>.
/// </summary>
public sealed class DecodedComponentSnapshotTests
{
    /// <summary>Every <c>.wasm</c> under tests/components and the conformance components, by a readable name.</summary>
    public static TheoryData<string> Components()
    {
        var data = new TheoryData<string>();
        foreach (var name in ComponentFiles().Keys.OrderBy(n => n, StringComparer.Ordinal))
        {
            data.Add(name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Components))]
    public void Component(string name) => Verify(File.ReadAllBytes(ComponentFiles()[name]), name);

    public static TheoryData<string> Samples() => new()
    {
        "core-module", "section-names-world", "unreadable-section", "section-names-type", "unnamed-record",
        "older-name-forms", "version-suffix", "name-attributes", "keyword-names", "keyword-type-names", "core-module-import",
    };

    [Theory]
    [MemberData(nameof(Samples))]
    public void Sample(string name) => Verify(SampleBytes(name), name);

    private static void Verify(byte[] bytes, string name)
    {
        var result = ComponentWit.Decode(bytes, name + ".wasm");
        result.Diagnostics.Select(d => d.ToString()).ShouldBeEmpty();
        var text = result.WitText.ShouldNotBeNull();

        text.ShouldMatchApproved(c => c.SubFolder("Approved").WithDiscriminator(name).WithFileExtension("wit").NoDiff());

        // The printed text is WIT that resolves on its own to the same text again.
        WitPrinter.Print(ComponentSamples.Resolve(text, name + ".wit")).ShouldBe(text);
    }

    private static Dictionary<string, string> ComponentFiles()
    {
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(Path.Combine(TestPaths.RepoRoot, "tests", "components", "wasm"), "*.wasm"))
        {
            files["components." + Path.GetFileNameWithoutExtension(file)] = file;
        }

        if (ComponentSamples.Directory is { } conformance)
        {
            foreach (var file in Directory.GetFiles(conformance, "*.component.wasm"))
            {
                files["conformance." + Path.GetFileName(file).Replace(".component.wasm", string.Empty, StringComparison.Ordinal)] = file;
            }
        }

        return files;
    }

    private static byte[] SampleBytes(string name) => name switch
    {
        "core-module" => EmbeddedWorldSamples.CoreModule(),
        "section-names-world" => EmbeddedWorldSamples.Component(EmbeddedWorldSamples.Payload()),
        "unreadable-section" => EmbeddedWorldSamples.Component(new byte[] { 0x03, 0x00 }),
        "section-names-type" => EmbeddedWorldSamples.ComponentWithUnnamedRecord(),

        // (type (record (field "x" u32))) (type (func (param "p" 0) (result 0))) (import "f" (func (type 1)))
        "unnamed-record" => Concat(
            ComponentHeader,
            Section(7, Vec(B(0x72, 0x01, 0x01, 0x78, 0x79), B(0x40, 0x01, 0x01, 0x70, 0x00, 0x00, 0x00))),
            Section(10, Vec(Concat(B(0x00), Name("f"), B(0x01), U32(1))))),
        "older-name-forms" => Concat(
            ComponentHeader,
            Section(7, Vec(B(0x40, 0x00, 0x01, 0x00))),
            Section(10, Vec(Concat(B(0x01), Name("run"), B(0x01), U32(0)))),
            Section(11, Vec(Concat(B(0x01), Name("go"), B(0x01), U32(0), B(0x00))))),
        "version-suffix" => InterfaceImport(Concat(B(0x02), Name("demo:names/api@0.2"), Vec(Concat(B(0x01), Name(".6-rc.1")))), Plain(0x00, "run")),
        "name-attributes" => InterfaceImport(
            Concat(B(0x02), Name("primary"), Vec(Concat(B(0x00), Name("demo:names/api")), Concat(B(0x02), Name("db:region-a")))),
            Concat(B(0x02), Name("run"), Vec())),
        "keyword-names" => InterfaceImport(Plain(0x01, "interface:record/resource@1.0.0"), Plain(0x00, "constructor")),
        // (type (record (field "type" u32))) (import "record" (type (eq 0)))
        // (type (func (param "func" 1) (result 1))) (import "use" (func (type 2)))
        "keyword-type-names" => Concat(
            ComponentHeader,
            Section(7, Vec(Concat(B(0x72, 0x01), Name("type"), B(0x79)))),
            Section(10, Vec(Concat(B(0x00), Name("record"), B(0x03, 0x00), U32(0)))),
            Section(7, Vec(Concat(B(0x40, 0x01), Name("func"), U32(1), B(0x00), U32(1)))),
            Section(10, Vec(Concat(B(0x00), Name("use"), B(0x01), U32(2))))),
        "core-module-import" => Binary.LeftOutItemTests.CoreModuleImport(),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "no such sample"),
    };
}
