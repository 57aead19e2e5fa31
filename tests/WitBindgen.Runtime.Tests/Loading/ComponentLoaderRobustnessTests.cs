using System.Text;
using WitBindgen.Runtime.Tests.Resources;
using WitBindgen.Wit.Binary.Loading;
using Managed = Wasmtime;

namespace WitBindgen.Runtime.Tests.Loading;

/// <summary>
/// Hostile binaries: corrupted bytes fail with a load error and nothing else, and nested components instantiated
/// over and over cannot make flattening do unbounded work.
/// </summary>
public sealed class ComponentLoaderRobustnessTests
{
    public static TheoryData<string> Sources => new() { "nested", "shim", "resources", "options" };

    [Theory]
    [MemberData(nameof(Sources))]
    public void Corrupted_and_truncated_binaries_fail_only_with_a_load_error(string source)
    {
        var wat = source switch
        {
            "nested" => LoaderComponents.Nested,
            "shim" => LoaderComponents.ShimAndFixup,
            "resources" => ResourceComponent.Wat,
            _ => LoaderComponents.Options,
        };
        var original = Managed.Module.ConvertText(wat);
        var random = new Random(source.Length * 7919);
        var refused = 0;
        for (var round = 0; round < 3000; round++)
        {
            var bytes = (byte[])original.Clone();
            if (round % 4 == 0)
            {
                bytes = bytes[..random.Next(bytes.Length)];
            }
            else
            {
                for (var flips = 1 + random.Next(3); flips > 0; flips--)
                {
                    bytes[8 + random.Next(bytes.Length - 8)] = (byte)random.Next(256);
                }
            }

            try
            {
                ComponentLoader.Load(bytes);
            }
            catch (ComponentLoadException error)
            {
                refused++;
                error.Message.ShouldNotBeNullOrWhiteSpace();
                error.Message.ShouldNotContain("\n", customMessage: "round " + round);
                error.Message.Any(char.IsControl).ShouldBeFalse("round " + round);
            }
        }

        refused.ShouldBeGreaterThan(750);
    }

    [Fact]
    public void Nested_components_instantiating_each_other_thousands_of_times_are_refused()
    {
        var message = Should.Throw<ComponentLoadException>(() => ComponentLoader.Load(Managed.Module.ConvertText(Bomb(levels: 3, width: 30, types: 1)))).Message;

        message.ShouldContain("more than " + ComponentFlattener.MaxInstantiations + " core and component instantiations");
    }

    [Fact]
    public void A_large_nested_component_read_again_for_every_instantiation_is_refused_past_the_work_limit()
    {
        var bytes = Managed.Module.ConvertText(Bomb(levels: 1, width: 50, types: 1000));
        ComponentFlattener.Flatten(bytes, maxWork: 1_000_000).Instantiations.Count.ShouldBe(50);

        var message = Should.Throw<ComponentLoadException>(() => ComponentFlattener.Flatten(bytes, maxWork: 20_000)).Message;

        message.ShouldContain("reads more than 20000 bytes and entries");
    }

    [Fact]
    public void A_chain_of_components_each_instantiating_the_previous_one_is_refused_before_the_stack_runs_out()
    {
        var text = new StringBuilder("(component $outer (component $c0 (core module $m) (core instance (instantiate $m)))");
        for (var i = 1; i <= 100; i++)
        {
            text.Append($" (component $c{i} (alias outer $outer $c{i - 1} (component $previous)) (instance (instantiate $previous)))");
        }

        text.Append(" (instance (instantiate $c100)))");

        var message = Should.Throw<ComponentLoadException>(() => ComponentLoader.Load(Managed.Module.ConvertText(text.ToString()))).Message;

        message.ShouldContain("component instantiations nest more than " + ComponentFlattener.MaxInstantiationDepth + " deep");
    }

    /// <summary>
    /// <paramref name="levels"/> nested components, each instantiating the one inside it <paramref name="width"/>
    /// times; the innermost instantiates a core module and declares <paramref name="types"/> function types.
    /// </summary>
    private static string Bomb(int levels, int width, int types)
    {
        var inner = new StringBuilder("(component (core module $m) (core instance (instantiate $m))");
        for (var i = 0; i < types; i++)
        {
            inner.Append(" (type (func))");
        }

        inner.Append(')');
        var text = inner.ToString();
        for (var level = 0; level < levels; level++)
        {
            var outer = new StringBuilder("(component (component $c ").Append(text[11..]);
            for (var i = 0; i < width; i++)
            {
                outer.Append(" (instance (instantiate $c))");
            }

            text = outer.Append(')').ToString();
        }

        return text;
    }
}
