using WitBindgen.Wit.Binary;
using WitBindgen.Wit.Model;
using WitBindgen.Wit.Printing;
using WitBindgen.Wit.Resolution;

namespace WitBindgen.Wit.Tests.Binary;

/// <summary>The model decoded from each prebuilt component describes the world it was built from, and prints as WIT that resolves to it.</summary>
public sealed class ComponentConformanceTests
{
    [ConformanceFact]
    public void The_adder_component_decodes_to_its_interface()
    {
        var text = ComponentSamples.DecodeText("adder");

        text.ShouldBe(
            """
            package docs:adder@0.1.0 {
              interface add {
                add: func(x: u32, y: u32) -> u32;
              }
            }

            /// The imports and exports of adder.component.wasm, decoded from its component type information.
            package root:component {
              world root {
                export docs:adder/add@0.1.0;
              }
            }

            """.Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    [ConformanceTheory]
    [MemberData(nameof(ComponentSamples.Names), MemberType = typeof(ComponentSamples))]
    public void Decoded_wit_prints_as_text_that_resolves_to_the_same_model(string name)
    {
        var decoded = ComponentSamples.Decode(name);

        var reparsed = ComponentSamples.Resolve(decoded.WitText!, name + ".wit");

        reparsed.FindWorld(ComponentWit.WorldName).ShouldNotBeNull();
        WitPrinter.Print(reparsed).ShouldBe(decoded.WitText);
    }

    [ConformanceTheory]
    [MemberData(nameof(ComponentSamples.Names), MemberType = typeof(ComponentSamples))]
    public void Decoded_world_has_every_import_and_export_of_the_source_world_with_the_same_signatures(string name)
    {
        var decoded = ComponentSamples.Decode(name).Model!;
        var decodedLines = WorldSignatures.Of(decoded, decoded[decoded.FindWorld(ComponentWit.WorldName)!.Value]);

        var (input, loadDiagnostics) = WitInputLoader.Load(ComponentSamples.SourceWit(name), Array.Empty<string>());
        loadDiagnostics.ShouldBeEmpty();
        var source = WitResolver.Resolve(input!).Model.ShouldNotBeNull();
        var sourceWorld = source.RootPackages.SelectMany(p => source[p].Worlds.Select(w => source[w.Id])).Single();
        var sourceLines = WorldSignatures.Of(source, sourceWorld);

        sourceLines.ShouldNotBeEmpty();
        sourceLines.Except(decodedLines).ShouldBeEmpty();
        // Anything extra comes from the WASI adapter the guest was linked with.
        decodedLines.Except(sourceLines).Where(line => !line.StartsWith("import wasi:", StringComparison.Ordinal)).ShouldBeEmpty();
    }
}
