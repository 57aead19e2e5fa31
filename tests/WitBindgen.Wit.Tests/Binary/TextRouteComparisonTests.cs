using WitBindgen.Wit.Binary;
using WitBindgen.Wit.Model;
using WitBindgen.Wit.Printing;
using WitBindgen.Wit.Syntax.Lexing;
using static WitBindgen.Testing.ExternNameSamples;

namespace WitBindgen.Wit.Tests.Binary;

public sealed class TextRouteComparisonTests
{
    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var dir in new[] { Path.Combine(TestPaths.RepoRoot, "tests"), TestPaths.ConformanceDir("components") })
        {
            if (dir is not null)
            {
                foreach (var file in Directory.GetFiles(dir, "*.wasm", SearchOption.AllDirectories).Where(f => !f.Contains("/bin/") && !f.Contains("/obj/") && !f.Contains("node_modules")))
                {
                    data.Add(file);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void File_decodes_to_the_same_model(string path) => Compare(File.ReadAllBytes(path), Path.GetFileName(path));

    public static TheoryData<string> Samples()
    {
        var data = new TheoryData<string> { "core", "component", "bad-section", "unnamed-record", "versioned", "form1", "form1-versioned", "anonymous" };
        foreach (var word in Keywords.All.Where(w => char.IsLetter(w[0])))
        {
            data.Add("keyword:" + word);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Sample_decodes_to_the_same_model(string sample)
    {
        var bytes = sample switch
        {
            "core" => EmbeddedWorldSamples.CoreModule(),
            "component" => EmbeddedWorldSamples.Component(EmbeddedWorldSamples.Payload()),
            "bad-section" => EmbeddedWorldSamples.Component(new byte[] { 0x03, 0x00 }),
            "unnamed-record" => EmbeddedWorldSamples.ComponentWithUnnamedRecord(),
            "versioned" => InterfaceImport(Plain(0x00, "demo:names/api@0.2.0"), Plain(0x00, "run")),
            "form1" => InterfaceImport(Plain(0x01, "demo:names/api"), Plain(0x00, "run")),
            "form1-versioned" => InterfaceImport(Plain(0x01, "demo:names/api@0.2.0"), Plain(0x01, "run")),
            "anonymous" => new byte[]
            {
                0x00, 0x61, 0x73, 0x6d, 0x0d, 0x00, 0x01, 0x00,
                0x07, 0x0d, 0x02, 0x72, 0x01, 0x01, 0x78, 0x79, 0x40, 0x01, 0x01, 0x70, 0x00, 0x00, 0x00,
                0x0a, 0x06, 0x01, 0x00, 0x01, 0x66, 0x01, 0x01,
            },
            _ => InterfaceImport(Plain(0x00, sample[8..] + ":" + sample[8..] + "/" + sample[8..] + "@0.2.0"), Plain(0x00, sample[8..])),
        };
        Compare(bytes, "sample.wasm");
    }

    private static void Compare(byte[] bytes, string name)
    {
        var text = ComponentWitText.Decode(bytes, name).WitText.ShouldNotBeNull();
        var old = ComponentSamples.Resolve(text, name + ".wit");
        var decoded = ComponentWit.Decode(bytes, name);
        decoded.Diagnostics.ShouldBeEmpty();
        var model = decoded.Model.ShouldNotBeNull();
        WitPrinter.Print(model).ShouldBe(WitPrinter.Print(old));
        Strip(model).ShouldBe(Strip(old));
    }

    private static WitModel Strip(WitModel model) => model with
    {
        Types = model.Types.Select(t => t with { Location = null }).ToEquatableArray(),
        Interfaces = model.Interfaces.Select(i => i with { Location = null, Functions = i.Functions.Select(f => f with { Location = null }).ToEquatableArray() }).ToEquatableArray(),
        Worlds = model.Worlds.Select(w => w with { Location = null, Imports = Entries(w.Imports), Exports = Entries(w.Exports) }).ToEquatableArray(),
    };

    private static EquatableArray<WorldEntry> Entries(EquatableArray<WorldEntry> entries) =>
        entries.Select(e => e.Item is WorldFunctionItem f ? e with { Item = new WorldFunctionItem(f.Function with { Location = null }) } : e).ToEquatableArray();
}
