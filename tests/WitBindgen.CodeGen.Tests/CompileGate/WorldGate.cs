using WitBindgen.CodeGen.Context;
using WitBindgen.CodeGen.Tests.Infrastructure;
using WitBindgen.Wit.Model;

namespace WitBindgen.CodeGen.Tests.CompileGate;

/// <summary>What happened to one world in one mode.</summary>
/// <param name="Input">The input's name.</param>
/// <param name="World">The world's qualified name.</param>
/// <param name="Mode">Host or guest.</param>
/// <param name="Unsupported">The WIT03xx diagnostics when the world uses something the mode does not support yet.</param>
/// <param name="Failure">Why the world failed the gate: an unexpected diagnostic, or compile errors; null when it passed.</param>
internal sealed record WorldOutcome(string Input, string World, BindingMode Mode, IReadOnlyList<string> Unsupported, string? Failure);

/// <summary>
/// The compile gate: generate every root world of a model in both modes; each must either compile cleanly,
/// or be refused with WIT03xx "not supported yet" diagnostics and no files.
/// </summary>
internal static class WorldGate
{
    private static readonly string[] UnsupportedIds = { "WIT0304", "WIT0305", "WIT0306" };

    public static IEnumerable<WorldOutcome> Run(string input, WitModel model)
    {
        var worlds = Enumerable.Range(0, model.Worlds.Count)
            .Select(i => new WorldId(i))
            .Where(id => model.RootPackages.Contains(model[id].Package));
        foreach (var id in worlds)
        {
            var name = WorldSelector.QualifiedName(model, id);
            foreach (var mode in new[] { BindingMode.Host, BindingMode.Guest })
            {
                yield return RunOne(input, model, name, mode);
            }
        }
    }

    /// <summary>Formats outcomes for the test output: failures, then the worlds refused as not supported yet.</summary>
    public static string Report(IReadOnlyList<WorldOutcome> outcomes)
    {
        var lines = new List<string>
        {
            $"{outcomes.Count} world/mode pairs: {outcomes.Count(o => o.Failure is null && o.Unsupported.Count == 0)} compiled, " +
            $"{outcomes.Count(o => o.Unsupported.Count > 0)} not supported yet, {outcomes.Count(o => o.Failure is not null)} failed",
        };
        lines.AddRange(outcomes.Where(o => o.Failure is not null).Select(o => $"FAILED {o.Input} {o.World} [{o.Mode}]: {o.Failure}"));
        lines.AddRange(outcomes.Where(o => o.Unsupported.Count > 0)
            .Select(o => $"not supported yet: {o.Input} {o.World} [{o.Mode}]: {Summarize(o.Unsupported)}"));
        return string.Join("\n", lines);
    }

    // "WIT0304 x5 (first: function `f` uses `stream<u8>` …), WIT0306 x2 (…)": enough to see the gap without every message.
    private static string Summarize(IReadOnlyList<string> diagnostics) =>
        string.Join(", ", diagnostics.GroupBy(d => d.Substring(0, 7)).Select(g => $"{g.Key} x{g.Count()} (first: {g.First().Substring(8).Split('.')[0]})"));

    private static WorldOutcome RunOne(string input, WitModel model, string world, BindingMode mode)
    {
        var result = CSharpGenerator.Generate(model, new CodeGenOptions(world, mode, null, false));
        var unsupported = result.Diagnostics.Where(d => UnsupportedIds.Contains(d.Id)).Select(d => $"{d.Id} {d.Message}").ToList();
        var unexpected = result.Diagnostics.Where(d => !UnsupportedIds.Contains(d.Id)).ToList();
        if (unexpected.Count > 0)
        {
            return new WorldOutcome(input, world, mode, unsupported, "unexpected diagnostics: " + string.Join(" | ", unexpected));
        }

        if (unsupported.Count > 0)
        {
            return new WorldOutcome(input, world, mode, unsupported, result.Files.IsEmpty ? null : "files generated despite unsupported features");
        }

        var errors = RoslynCompiler.Errors(result.Files);
        if (errors.Count > 0 && ResourceStubs.Create(model, world, mode) is { } stubs)
        {
            // Resource classes come from the mode emitters; where they do not declare them (yet), stand-ins
            // let the shared type declarations be checked on their own. Emitted declarations would clash
            // with the stand-ins, so this only helps when the emitter declares nothing for them.
            var withStubs = RoslynCompiler.Errors(result.Files.Append(stubs));
            errors = withStubs.Count == 0 ? withStubs : errors;
        }

        return new WorldOutcome(input, world, mode, unsupported, errors.Count == 0 ? null : $"{errors.Count} compile errors: " + string.Join(" | ", errors.Take(5)));
    }
}
