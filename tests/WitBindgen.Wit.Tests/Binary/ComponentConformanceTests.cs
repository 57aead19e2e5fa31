using WitBindgen.Wit.Binary;
using WitBindgen.Wit.Model;
using WitBindgen.Wit.Resolution;

namespace WitBindgen.Wit.Tests.Binary;

/// <summary>The WIT recovered from each prebuilt component resolves and describes the world it was built from.</summary>
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
    public void Decoded_wit_resolves_without_diagnostics(string name)
    {
        var model = ComponentSamples.Resolve(ComponentSamples.DecodeText(name), name + ".wit");

        model.FindWorld(ComponentWit.WorldName).ShouldNotBeNull();
    }

    [ConformanceTheory]
    [MemberData(nameof(ComponentSamples.Names), MemberType = typeof(ComponentSamples))]
    public void Decoded_world_has_every_import_and_export_of_the_source_world_with_the_same_signatures(string name)
    {
        var decoded = ComponentSamples.Resolve(ComponentSamples.DecodeText(name), name + ".wit");
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
