using System.Reflection;
using Test.HostileParameters.ParametersWorld;
using Test.HostileResults.ResultsWorld;
using WitBindgen.Runtime;

namespace WitBindgen.Host.Tests.Direct;

/// <summary>
/// The hostile components (tests/components/hostile) called through their generated bindings on the direct typed path:
/// results out of bounds or misaligned, invalid UTF-8 and UTF-16, bad discriminants and chars, lengths whose byte size
/// overflows 32 bits, and reallocs that return garbage or trap, each a <see cref="WitTrapException"/> naming the function
/// that poisons the store (the Wasmtime backend refuses them too); what the spec accepts (a NaN, a bool of 2, unknown
/// flag bits, narrow integers with high bits) reads as the Wasmtime backend reads it.
/// </summary>
public sealed class TypedPathHostileTests
{
    private static readonly string[] Accepted = ["ok-string", "nan", "bool-two", "unknown-flags", "u8-high-bits", "s8-high-bits", "realloc-grows"];

    public static TheoryData<string, string> Functions()
    {
        var data = new TheoryData<string, string>();
        foreach (var (world, type) in new[] { ("results", typeof(Results)), ("parameters", typeof(Parameters)) })
        {
            foreach (var method in Methods(type))
            {
                data.Add(world, method.Name);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Functions))]
    public void A_hostile_result_or_realloc_traps_naming_the_function_and_poisons_the_store_or_reads_as_the_spec_says(string world, string method)
    {
        var wat = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "components", "hostile", world + ".wat"));
        var wit = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Direct", $"hostile-{world}.wit"));
        using var component = WasmComponent.FromWat(Engines.Wasmtime, wat);
        using var direct = WasmComponent.FromWat(Engines.Direct, wat);
        using var oracle = Instantiate(world, Engines.Wasmtime, component);
        using var bindings = Instantiate(world, Engines.Direct, direct);
        DirectBindings.TypedCount(bindings).ShouldBe(DirectBindings.GeneratedSignatures(wit, $"hostile-{world}.wit").Count);
        var store = (ComponentStore)bindings.GetType().GetProperty("Store")!.GetValue(bindings)!;

        var function = bindings.GetType().GetMethod(method)!;
        var name = WitName(method);
        object?[] arguments = function.GetParameters().Select(p => p.ParameterType == typeof(string) ? (object)"hello" : new uint[] { 0x61, 0x62 }).ToArray();
        if (Accepted.Contains(name))
        {
            TypedValueText.Of(function.Invoke(bindings, arguments)).ShouldBe(TypedValueText.Of(function.Invoke(oracle, arguments)));
            store.IsPoisoned.ShouldBeFalse();
            return;
        }

        Should.Throw<WitRuntimeException>(() => Call(function, oracle, arguments), "the Wasmtime backend refuses it too");
        var refused = Should.Throw<WitTrapException>(() => Call(function, bindings, arguments));
        refused.Message.ShouldContain($"'{name}'");
        refused.FunctionName.ShouldBe(name);
        store.IsPoisoned.ShouldBeTrue();
        store.PoisonedBy.ShouldBeSameAs(refused);
        Should.Throw<WitInstancePoisonedException>(() => Call(function, bindings, arguments)).Message.ShouldContain(name);
    }

    private static IDisposable Instantiate(string world, WasmEngine engine, WasmComponent component) => world == "results"
        ? Results.Instantiate(engine, component)
        : Parameters.Instantiate(engine, component);

    private static IEnumerable<MethodInfo> Methods(Type type) =>
        type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).Where(m => m.Name != "Dispose" && !m.IsSpecialName);

    private static string WitName(string method) => string.Concat(method.Select((c, i) => char.IsUpper(c) ? (i == 0 ? string.Empty : "-") + char.ToLowerInvariant(c) : c.ToString()))
        .Replace("utf-16", "utf16").Replace("utf-8", "utf8").Replace("u-8", "u8").Replace("s-8", "s8");

    private static object? Call(MethodInfo function, object target, object?[] arguments)
    {
        try
        {
            return function.Invoke(target, arguments);
        }
        catch (TargetInvocationException invocation) when (invocation.InnerException is { } inner)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(inner);
            throw;
        }
    }
}
