using System.Globalization;
using System.Text;
using WitBindgen.Runtime.Tests.Hostile;

namespace WitBindgen.Runtime.Tests.Direct;

/// <summary>
/// A composed component (tests/components/composed/forwarding.wat: a caller component and a callee component in one
/// root) run on both backends, the Wasmtime backend as the oracle: every call between the two inner components goes
/// through a fused adapter, in every pair of string encodings, and gives the same results, the same realloc calls on
/// each side, the same post-return calls and the same kinds of failure.
/// </summary>
public sealed class ComposedComponentTests(ComposedComponents components) : IClassFixture<ComposedComponents>
{
    private static readonly string[] Texts =
    [
        "",
        "hello",
        "café ÿ",
        "naïve — ünïcödé ✓",
        "emoji 😀 and 𝄞 (surrogate pairs)",
        new string('a', 700) + "é" + string.Concat(Enumerable.Repeat("😀", 300)),
    ];

    public static TheoryData<string, string> EncodingPairs => ComposedComponents.EncodingPairs;

    public static TheoryData<HostileBackend> Backends => HostileCases.Backends;

    [Theory]
    [MemberData(nameof(EncodingPairs))]
    public void Values_cross_between_the_inner_components_as_on_the_wasmtime_backend_with_the_same_realloc_calls(string caller, string callee)
    {
        var wat = ComposedComponents.Forwarding(caller, callee);
        using var wasmtimeStore = components.NewStore(HostileBackend.Wasmtime);
        using var directStore = components.NewStore(HostileBackend.Direct);
        var wasmtime = components.Instantiate(HostileBackend.Wasmtime, wat, wasmtimeStore);
        var direct = components.Instantiate(HostileBackend.Direct, wat, directStore);
        var calls = 0;

        foreach (var (function, arguments, expected) in Calls(callee))
        {
            var oracle = Call(wasmtime, function, arguments());
            var result = Call(direct, function, arguments());

            result.ShouldBe(oracle, $"{function} ({caller} caller, {callee} callee)");
            result.ShouldBe(expected, $"{function} ({caller} caller, {callee} callee)");
            Counters(direct).ShouldBe(Counters(wasmtime), $"the realloc and post-return calls after {function} ({caller} caller, {callee} callee)");
            calls++;
        }

        calls.ShouldBeGreaterThan(20);
        Call(direct, "callee-post-returns", []).ShouldNotBe("0");
        wasmtimeStore.IsPoisoned.ShouldBeFalse();
        directStore.IsPoisoned.ShouldBeFalse();
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void The_callee_runs_post_return_once_per_call_after_the_caller_has_its_result(HostileBackend backend)
    {
        using var store = components.NewStore(backend);
        var instance = components.Instantiate(backend, ComposedComponents.Forwarding("utf8", "utf16"), store);

        Call(instance, "callee-post-returns", []).ShouldBe("0");
        Call(instance, "run-echo", [ComponentVal.String("x")]).ShouldBe("\"x\"");
        Call(instance, "run-units", [ComponentVal.List([ComponentVal.String("ab")])]).ShouldBe("2");
        Call(instance, "run-echo-bytes", [ComponentVal.Bytes([1, 2])]).ShouldBe(Call(instance, "run-echo-bytes", [ComponentVal.Bytes([1, 2])]));

        // echo and the two echo-bytes have a post-return; units has none.
        Call(instance, "callee-post-returns", []).ShouldBe("3");
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void A_trap_in_the_callee_fails_the_outer_call_and_poisons_the_store(HostileBackend backend)
    {
        using var store = components.NewStore(backend);
        var instance = components.Instantiate(backend, ComposedComponents.Forwarding("utf8", "utf16"), store);

        var failure = Should.Throw<WitTrapException>(() => Call(instance, "run-fail", []));

        failure.GetType().ShouldBe(typeof(WitTrapException));
        failure.Message.ShouldContain("unreachable");

        // Wasmtime names the export called; the direct backend the composed function that trapped, as it names an import.
        failure.FunctionName.ShouldBe(backend == HostileBackend.Direct ? "fail" : "run-fail");
        store.IsPoisoned.ShouldBeTrue();
        Should.Throw<WitInstancePoisonedException>(() => Call(instance, "run-echo", [ComponentVal.String("x")]));
    }

    [Theory]
    [InlineData("run-out-of-bounds", "out of bounds")]
    [InlineData("run-lone-surrogate", "surrogate")]
    [InlineData("run-invalid-utf8", "utf-8")]
    [InlineData("run-misaligned-realloc", "realloc")]
    [InlineData("run-realloc-calls-callee", "may_leave")]
    [InlineData("run-bytes-out-of-bounds", "out of bounds")]
    [InlineData("run-misaligned-return-area", "not aligned")]
    [InlineData("run-misaligned-shorts", "not aligned")]
    public void A_value_one_inner_component_gives_the_other_against_the_canonical_abi_traps_on_both_backends(string function, string problem)
    {
        var failures = new Dictionary<HostileBackend, Exception>();
        foreach (var backend in Enum.GetValues<HostileBackend>())
        {
            using var store = components.NewStore(backend);
            var instance = components.Instantiate(backend, ComposedComponents.Hostile, store);
            failures[backend] = Should.Throw<WitRuntimeException>(() => Call(instance, function, []));
            store.IsPoisoned.ShouldBeTrue();
            using var fresh = components.NewStore(backend);
            Call(components.Instantiate(backend, ComposedComponents.Hostile, fresh), "answer", []).ShouldBe("42");
        }

        // The direct backend raises every breach as the trap CanonicalABI.md makes it, as in the hostile corpus.
        var expected = HostileCases.Exception(HostileBackend.Direct, function, failures[HostileBackend.Wasmtime].GetType());
        failures[HostileBackend.Direct].GetType().ShouldBe(expected, failures[HostileBackend.Wasmtime].ToString());
        failures[HostileBackend.Direct].Message.ShouldContain(problem, Case.Insensitive);
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void A_host_function_calling_back_into_the_outer_component_from_an_inner_one_gets_a_reentrance_exception(HostileBackend backend)
    {
        HostileInstance? instance = null;
        Exception? seen = null;
        using var store = components.NewStore(backend);
        instance = components.Instantiate(backend, ComposedComponents.Forwarding("utf8", "utf16"), store, () =>
        {
            // Either inner component: the caller is on the stack, the callee only shares the root with it.
            seen = Record.Exception(() => Call(instance!, "callee-reallocs", []));
            throw seen!;
        });

        var failure = Should.Throw<WitRuntimeException>(() => Call(instance, "run-callback", []));

        var refused = seen.ShouldBeOfType<WitReentranceException>();
        refused.FunctionName.ShouldBe("callee-reallocs");
        HostileCases.Cause(backend, failure).ShouldBeSameAs(refused);
        store.PoisonedBy.ShouldBeSameAs(refused);
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void A_host_function_called_from_an_inner_component_may_call_another_store(HostileBackend backend)
    {
        using var other = components.NewStore(backend);
        var elsewhere = components.Instantiate(backend, ComposedComponents.Forwarding("utf8", "utf16"), other);
        using var store = components.NewStore(backend);
        var instance = components.Instantiate(backend, ComposedComponents.Forwarding("utf8", "utf16"), store, () =>
            uint.Parse(Call(elsewhere, "run-units", [ComponentVal.List([ComponentVal.String("four")])]), CultureInfo.InvariantCulture));

        Call(instance, "run-callback", []).ShouldBe("4");
        store.IsPoisoned.ShouldBeFalse();
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void A_nested_component_instantiated_with_another_ones_export_runs(HostileBackend backend)
    {
        using var store = components.NewStore(backend);
        var instance = components.Instantiate(backend, DirectComponents.Composition, store);

        Call(instance, "g", []).ShouldBe("7");
    }

    /// <summary>Calls <paramref name="function"/> (freeing the arguments) and returns its result as text, or "-" when it returns nothing.</summary>
    internal static string Call(HostileInstance instance, string function, ComponentVal[] arguments)
    {
        var results = new ComponentVal[function is "run-fail" ? 0 : 1];
        try
        {
            instance.Call(function, arguments, results);
            return results.Length == 0 ? "-" : results[0].ToString();
        }
        finally
        {
            ComponentVal.Free(arguments);
            ComponentVal.Free(results);
        }
    }

    private static string Counters(HostileInstance instance) => string.Join(
        ", ",
        new[] { "caller-reallocs", "caller-trace", "callee-reallocs", "callee-trace", "callee-post-returns" }
            .Select(name => name + " " + Call(instance, name, [])));

    /// <summary>Each call with a factory of its arguments (one set per backend) and its expected result as text.</summary>
    private static IEnumerable<(string Function, Func<ComponentVal[]> Arguments, string Expected)> Calls(string callee)
    {
        foreach (var text in Texts)
        {
            yield return ("run-echo", () => [ComponentVal.String(text)], Text(text));
        }

        byte[][] byteLists = [[], [7], [.. Enumerable.Range(0, 256).Select(i => (byte)i)]];
        foreach (var bytes in byteLists)
        {
            yield return ("run-echo-bytes", () => [ComponentVal.Bytes(bytes)], Text(ComponentVal.Bytes([.. bytes.Reverse()])));
        }

        short[][] shorts = [[], [-1, 0, short.MaxValue, short.MinValue]];
        foreach (var list in shorts)
        {
            yield return ("run-echo-shorts", () => [ComponentVal.List(list.Select(ComponentVal.S16).ToArray())], Text(ComponentVal.List(list.Select(ComponentVal.S16).ToArray())));
        }

        double[] doubles = [0, -1.5, 1e300, double.PositiveInfinity, double.NaN, double.Epsilon];
        yield return ("run-echo-doubles", () => [ComponentVal.List(doubles.Select(ComponentVal.F64).ToArray())], Text(ComponentVal.List(doubles.Select(ComponentVal.F64).ToArray())));

        string[][] lists = [[], ["a"], Texts, ["ÿ", "Ā", "😀", ""]];
        foreach (var list in lists)
        {
            yield return ("run-echo-strings", () => [Strings(list)], Text(Strings(list)));
            yield return ("run-units", () => [Strings(list)], Units(callee, list));
        }

        foreach (var text in Texts)
        {
            yield return ("run-echo-record", () => [ComponentVal.String(text), ComponentVal.U32(42), ComponentVal.Bytes([1, 2, 3])],
                Text(ComponentVal.Tuple([ComponentVal.String(text), ComponentVal.U32(42), ComponentVal.Bytes([1, 2, 3])])));
        }

        string[] nine = [.. Texts, .. Texts.Take(3)];
        yield return ("run-spill", () => nine.Select(t => ComponentVal.String(t)).ToArray(), Units(callee, nine));
    }

    /// <summary>The sum of the strings' lengths as a callee with <paramref name="encoding"/> holds them (tagged lengths for latin1+utf16).</summary>
    private static string Units(string encoding, string[] texts)
    {
        var sum = 0u;
        foreach (var text in texts)
        {
            sum += encoding switch
            {
                "utf8" => (uint)Encoding.UTF8.GetByteCount(text),
                "utf16" => (uint)text.Length,
                _ => text.All(c => c <= '\u00FF') ? (uint)text.Length : (uint)text.Length | 0x8000_0000u,
            };
        }

        return sum.ToString(CultureInfo.InvariantCulture);
    }

    private static ComponentVal Strings(string[] texts) => ComponentVal.List(texts.Select(t => ComponentVal.String(t)).ToArray());

    private static string Text(string text) => Text(ComponentVal.String(text));

    private static string Text(ComponentVal value)
    {
        try
        {
            return value.ToString();
        }
        finally
        {
            ComponentVal.Free([value]);
        }
    }
}
