using WitBindgen.CodeGen.Tests.CompileGate;
using WitBindgen.CodeGen.Tests.Infrastructure;
using WitBindgen.Wit;
using WitBindgen.Wit.Binary;
using WitBindgen.Wit.Resolution;
using Xunit.Abstractions;

namespace WitBindgen.CodeGen.Tests.Components;

/// <summary>
/// Bindings generated from a prebuilt component alone (its WIT recovered from the binary) compile, in both
/// modes, or are refused with WIT03xx "not supported yet" diagnostics like any other world.
/// </summary>
public sealed class ComponentBindingsCompileTests(ITestOutputHelper output)
{
    [ConformanceFact]
    public void Bindings_from_every_prebuilt_component_compile()
    {
        var directory = Path.Combine(TestPaths.ConformanceDir("components")!, "wasm");
        var outcomes = new List<WorldOutcome>();
        foreach (var path in Directory.GetFiles(directory, "*.wasm").OrderBy(p => p, StringComparer.Ordinal))
        {
            var name = Path.GetFileName(path);
            var decoded = ComponentWit.Decode(File.ReadAllBytes(path), name);
            decoded.Diagnostics.ShouldBeEmpty(name);
            var input = new WitInput(
                EquatableArray.Create(new SourceFile(name + ".wit", decoded.WitText!)),
                EquatableArray<DependencyGroup>.Empty,
                EquatableArray<string>.Empty);
            var resolved = WitResolver.Resolve(input);
            resolved.Diagnostics.ShouldBeEmpty(name);

            outcomes.AddRange(WorldGate.Run(name, resolved.Model!));
        }

        output.WriteLine(WorldGate.Report(outcomes));
        outcomes.Where(o => o.Failure is not null).Select(o => $"{o.Input} [{o.Mode}]: {o.Failure}").ShouldBeEmpty();
        outcomes.Count(o => o.Failure is null && o.Unsupported.Count == 0).ShouldBeGreaterThan(0);
    }
}
