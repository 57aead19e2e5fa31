using Test.HostileArguments.ArgumentsWorld;
using WitBindgen.Runtime;

namespace WitBindgen.Host.Tests.Direct;

/// <summary>
/// Enum values outside their cases and flags with bits that name no flag, which a C# enum holds but the Canonical ABI
/// cannot carry (tests/components/hostile/arguments.wat): both backends refuse them with the same
/// <see cref="ArgumentException"/> naming the parameter, before the guest runs, and the store stays usable.
/// </summary>
public sealed class TypedPathRefusedArgumentTests
{
    public static TheoryData<string> Backends() => new() { nameof(Engines.Wasmtime), nameof(Engines.Direct) };

    [Theory]
    [MemberData(nameof(Backends))]
    public void An_enum_value_or_flags_the_wit_type_lacks_is_refused_naming_the_parameter_and_the_store_stays_usable(string backend)
    {
        var engine = backend == nameof(Engines.Direct) ? Engines.Direct : Engines.Wasmtime;
        var wat = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "components", "hostile", "arguments.wat"));
        using var component = WasmComponent.FromWat(engine, wat);
        using var bindings = Arguments.Instantiate(engine, component);
        if (engine == Engines.Direct)
        {
            DirectBindings.TypedCount(bindings).ShouldBe(4, "every function calls through the typed path");
        }

        var refusals = new (Func<uint> Call, string Parameter, string Message)[]
        {
            (() => bindings.ColorIndex((Color)3), "c", "3 is not a case of the WIT enum color"),
            (() => bindings.ColorIndex((Color)255), "c", "255 is not a case of the WIT enum color"),
            (() => bindings.FirstColor([Color.Blue, (Color)7]), "c", "7 is not a case of the WIT enum color"),
            (() => bindings.PermsBits((Perms)0x8), "p", "bits 0x8 are not flags of the WIT flags perms"),
            (() => bindings.SecondPerms(1, Perms.Read | (Perms)0x30), "p", "bits 0x30 are not flags of the WIT flags perms"),
        };
        foreach (var (call, parameter, message) in refusals)
        {
            var refused = Should.Throw<ArgumentException>(() => call(), message);
            refused.Message.ShouldContain($"parameter `{parameter}`");
            refused.Message.ShouldContain(message);
            bindings.Store.IsPoisoned.ShouldBeFalse();
        }

        bindings.ColorIndex(Color.Blue).ShouldBe(2u);
        bindings.FirstColor([Color.Green, Color.Red]).ShouldBe(1u);
        bindings.PermsBits(Perms.Read | Perms.Exec).ShouldBe(5u);
        bindings.SecondPerms(1, Perms.Write).ShouldBe(2u);
    }
}
