using System.Reflection;
using Test.Typed.TypedWorld;
using WitBindgen.Runtime;
using WitBindgen.Runtime.Backends.Direct;
using Xunit.Abstractions;

namespace WitBindgen.Host.Tests.Direct;

/// <summary>
/// The generated bindings of tests/components/typed/typed.wit on both backends with the same seeded random values of every WIT value
/// type, the Wasmtime backend as the oracle: a list stored through the direct typed path (<c>take-N</c>) and read back
/// through it (<c>read-N</c>) gives what the Wasmtime backend gives and what was stored, and a value lowered to flat
/// core values (<c>flat-N</c>) reaches the guest as the same core values. (A value holding a string or list lowers to
/// pointers, which differ: the spec's transcoding allocates in other steps than Wasmtime's, so those compare as lists.)
/// </summary>
public sealed class TypedPathDifferentialTests(TypedFixture fixture, ITestOutputHelper output) : IClassFixture<TypedFixture>
{
    private const int Rounds = 6;

    [Fact]
    public void Every_value_type_round_trips_through_the_typed_path_as_through_the_wasmtime_backend()
    {
        using var oracle = Typed.Instantiate(Engines.Wasmtime, fixture.Wasmtime);
        using var bindings = Typed.Instantiate(Engines.Direct, fixture.Direct);
        bindings.Instance.Backend.ShouldBe(ComponentBackend.Direct);
        var typed = DirectBindings.TypedCount(bindings);
        typed.ShouldBe(fixture.Signatures.Count, "every function of the world calls directly");

        var (lists, flats) = (0, 0);
        var types = 0;
        for (var n = 0; Method("Take", n) is not null; n++, types++)
        {
            var take = Method("Take", n)!;
            var read = Method("Read", n)!;
            var flat = Method("Flat", n);
            for (var round = 0; round < Rounds; round++)
            {
                var values = new RandomTypedValues((n * 1000) + round);
                var list = values.For(take.GetParameters()[0]);
                var expected = TypedValueText.Of(list);
                TypedValueText.Of(RoundTrip(oracle, take, read, list)).ShouldBe(expected, $"take{n}/read{n} on the Wasmtime backend");
                TypedValueText.Of(RoundTrip(bindings, take, read, list)).ShouldBe(expected, $"take{n}/read{n} on the direct typed path");
                lists++;
                if (flat is not null && !HoldsMemory(flat.GetParameters()[0].ParameterType, []))
                {
                    var value = values.For(flat.GetParameters()[0]);
                    var viaDirect = (byte[])flat.Invoke(bindings, [value])!;
                    viaDirect.ShouldBe((byte[])flat.Invoke(oracle, [value])!, $"flat{n}({TypedValueText.Of(value)})");
                    flats++;
                }
            }
        }

        bindings.Store.IsPoisoned.ShouldBeFalse();
        output.WriteLine($"{types} types, {typed} functions on the typed path: {lists} list round trips and {flats} flat lowerings agree with the Wasmtime backend.");
    }

    [Fact]
    public void The_signature_every_generated_function_embeds_is_the_one_the_runtime_writes_for_the_component()
    {
        using var bindings = Typed.Instantiate(Engines.Direct, fixture.Direct);
        var types = typeof(Typed).GetMethods().Count(m => m.Name.StartsWith("Take", StringComparison.Ordinal));
        fixture.Signatures.Count.ShouldBe(3 * types, "reset, and read, take and flat per type but one (wide has no flat)");
        foreach (var (function, signature) in fixture.Signatures)
        {
            DirectSignature.Of(bindings.Instance.GetFunction(null, function).DirectExport!.Type).ShouldBe(signature, function);
        }
    }

    private static MethodInfo? Method(string verb, int n) => typeof(Typed).GetMethod(verb + n.ToString(System.Globalization.CultureInfo.InvariantCulture));

    // Whether a value of the type lowers to a pointer into memory: it holds a string or list somewhere.
    private static bool HoldsMemory(Type type, HashSet<Type> seen)
    {
        if (type == typeof(string) || type.IsArray)
        {
            return true;
        }

        if (type.IsPrimitive || type.IsEnum || !seen.Add(type))
        {
            return false;
        }

        var parts = type.IsGenericType ? type.GetGenericArguments()
            : type.IsAbstract ? type.GetNestedTypes().Where(c => c.IsSubclassOf(type))
            : type.GetConstructors().SelectMany(c => c.GetParameters()).Select(p => p.ParameterType);
        return parts.Any(part => HoldsMemory(part, seen));
    }

    private static object? RoundTrip(Typed world, MethodInfo take, MethodInfo read, object? list)
    {
        world.Reset();
        take.Invoke(world, [list]);
        return read.Invoke(world, [0u]);
    }
}
