using WitBindgen.Wit.Binary.Loading;
using Xunit.Abstractions;

namespace WitBindgen.Runtime.Tests.Loading;

/// <summary>
/// Components built by real toolchains (wit-component output with shims, fixups, the preview1 adapter, and
/// componentize-js output, the examples' components) flatten into plans whose instantiations the managed core API
/// accepts: every import binding has the type the module declares.
/// </summary>
public sealed class LoaderConformanceTests(ITestOutputHelper output)
{
    public static TheoryData<string> Components()
    {
        var data = new TheoryData<string>();
        var names = new List<string>
        {
            "repo:tests/components/wasm/all-types.wasm",
            "repo:tests/components/wasm/wasi-probe.wasm",
            "repo:examples/PluginHost/plugin.wasm",
            "repo:examples/Workloads/workloads.wasm",
        };
        if (TestPaths.ConformanceDir("components") is { } directory)
        {
            names.AddRange(Directory.GetFiles(Path.Combine(directory, "wasm"), "*.wasm").Select(Path.GetFileName).Order()!);
        }

        foreach (var name in names)
        {
            data.Add(name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Components))]
    public void The_component_flattens_and_its_core_modules_instantiate_in_plan_order(string name)
    {
        var plan = ComponentLoader.Load(File.ReadAllBytes(PathOf(name)));
        PlanInvariants.Check(plan);
        output.WriteLine($"{name}: {plan.Modules.Count} modules, {plan.Instantiations.Count} instantiations, {plan.Lowerings.Count} lowerings, " +
            $"{plan.Builtins.Count} built-ins ({string.Join(", ", plan.Builtins.Select(b => b.Name).Distinct())}), {plan.Imports.Count} imports, {plan.Exports.Count} exports");

        plan.Modules.ShouldNotBeEmpty();
        plan.Exports.ShouldNotBeEmpty();
        using var oracle = new CoreOracle(plan);
        oracle.Calls.ShouldBeEmpty();
    }

    [ConformanceFact]
    public void The_adder_component_adds_on_the_core_api()
    {
        var plan = ComponentLoader.Load(File.ReadAllBytes(PathOf("adder.component.wasm")));
        using var oracle = new CoreOracle(plan);

        oracle.Call(plan.FindLiftedFunction("docs:adder/add@0.1.0", "add").ShouldNotBeNull(), 1, 2).ShouldBe(3);
    }

    private static string PathOf(string name) => name.StartsWith("repo:", StringComparison.Ordinal)
        ? Path.Combine(TestPaths.RepoRoot, name["repo:".Length..])
        : Path.Combine(TestPaths.ConformanceDir("components")!, "wasm", name);
}
