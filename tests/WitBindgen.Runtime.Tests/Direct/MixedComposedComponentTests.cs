using System.Globalization;
using System.Text;
using WitBindgen.Runtime.Tests.Hostile;

namespace WitBindgen.Runtime.Tests.Direct;

/// <summary>
/// Strings, lists of strings and a resource passed between a UTF-8 inner component and a UTF-16 one
/// (tests/components/composed/mixed.wat) on both backends, the Wasmtime backend as the oracle: the same transcript,
/// the same realloc calls on each side as CanonicalABI.md's transcoding makes, and the same destructor runs.
/// </summary>
public sealed class MixedComposedComponentTests(ComposedComponents components) : IClassFixture<ComposedComponents>
{
    /// <summary>The name the caller's run gives rename (UTF-8 in its data segment).</summary>
    private const string Renamed = "renamed-ü😀";

    /// <summary>Each run's <c>s</c> and <c>extra</c>, run in this order on one instance.</summary>
    private static readonly (string Text, string[] Extra)[] Runs =
    [
        ("naïve 😀 𝄞", ["a", "", "ü😀", "✓"]),
        ("", []),
        ("plain", ["", "emoji 😀 and 𝄞 (surrogate pairs)"]),
    ];

    public static TheoryData<HostileBackend> Backends => HostileCases.Backends;

    [Fact]
    public void Strings_lists_and_a_resource_cross_between_a_utf8_and_a_utf16_component_as_on_the_wasmtime_backend()
    {
        var seen = new Dictionary<HostileBackend, List<string>>();
        foreach (var backend in Enum.GetValues<HostileBackend>())
        {
            using var store = components.NewStore(backend);
            var instance = components.Instantiate(backend, ComposedComponents.Mixed, store);
            var lines = seen[backend] = [];
            foreach (var (text, extra) in Runs)
            {
                lines.Add(ComposedComponentTests.Call(instance, "run", [ComponentVal.String(text), Strings(extra)]));
                lines.Add(Counters(instance));
            }

            store.IsPoisoned.ShouldBeFalse();
        }

        seen[HostileBackend.Direct].ShouldBe(seen[HostileBackend.Wasmtime]);
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void Each_run_gives_the_transcript_reallocs_and_drops_the_canonical_abi_makes(HostileBackend backend)
    {
        using var store = components.NewStore(backend);
        var instance = components.Instantiate(backend, ComposedComponents.Mixed, store);
        var callerReallocs = 0;
        var calleeReallocs = 0;
        var dropped = new StringBuilder();
        var run = 0;

        foreach (var (text, extra) in Runs)
        {
            var result = ComposedComponentTests.Call(instance, "run", [ComponentVal.String(text), Strings(extra)]);

            result.ShouldBe(Text(Transcript(text, extra)), $"run {run}");
            callerReallocs += CallerReallocs(text, extra);
            calleeReallocs += CalleeReallocs(text, extra);
            ComposedComponentTests.Call(instance, "caller-reallocs", []).ShouldBe(Number(callerReallocs), $"caller reallocs after run {run}");
            ComposedComponentTests.Call(instance, "callee-reallocs", []).ShouldBe(Number(calleeReallocs), $"callee reallocs after run {run}");

            // Run k makes reps 3k+1 (s), 3k+2 ("") and 3k+3 (renamed); rename drops the first, then run drops the third and the second.
            dropped.Append(CultureInfo.InvariantCulture, $"{(3 * run) + 1}{(3 * run) + 3}{(3 * run) + 2}");
            ComposedComponentTests.Call(instance, "dropped", []).ShouldBe(dropped.ToString(), $"drops after run {run}");
            run++;
        }

        store.IsPoisoned.ShouldBeFalse();
    }

    private static string Transcript(string text, string[] extra) =>
        $"{text}|{text},{string.Concat(extra.Select(e => e + ","))}|{Renamed}||";

    /// <summary>
    /// The caller's realloc calls in one run: the host's lowering of <c>s</c> (one) and <c>extra</c> (one for the list
    /// and one per string), then the callee's UTF-16 results transcoded to UTF-8: name(s), the tags list and its
    /// strings, name(renamed) and name("").
    /// </summary>
    private static int CallerReallocs(string text, string[] extra) =>
        1 + 1 + extra.Length
        + ToUtf8(text)
        + 1 + ToUtf8(text) + extra.Sum(ToUtf8)
        + ToUtf8(Renamed)
        + ToUtf8(string.Empty);

    /// <summary>
    /// The callee's realloc calls in one run: make(s) and make("") transcoded from UTF-8 to UTF-16, the extra list
    /// and its strings, the tags result it allocates itself, and rename's name.
    /// </summary>
    private static int CalleeReallocs(string text, string[] extra) =>
        ToUtf16(text) + ToUtf16(string.Empty)
        + 1 + extra.Sum(ToUtf16) + 1
        + ToUtf16(Renamed);

    /// <summary>
    /// store_string_to_utf8 from UTF-16: one realloc of a byte per code unit; at the first non-ASCII code unit one to
    /// the worst case (three bytes per code unit) and, if the string is shorter, one down to its length.
    /// </summary>
    private static int ToUtf8(string text) =>
        text.All(c => c < 0x80) ? 1 : Encoding.UTF8.GetByteCount(text) < 3 * text.Length ? 3 : 2;

    /// <summary>
    /// store_utf8_to_utf16: one realloc of the worst case (two bytes per UTF-8 byte) and, if the string is shorter in
    /// UTF-16 (it has a non-ASCII character), one down to its length.
    /// </summary>
    private static int ToUtf16(string text) => text.All(c => c < 0x80) ? 1 : 2;

    private static string Counters(HostileInstance instance) => string.Join(
        ", ",
        new[] { "caller-reallocs", "caller-trace", "callee-reallocs", "callee-trace", "dropped" }
            .Select(name => name + " " + ComposedComponentTests.Call(instance, name, [])));

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static ComponentVal Strings(string[] texts) => ComponentVal.List(texts.Select(t => ComponentVal.String(t)).ToArray());

    private static string Text(string text)
    {
        var value = ComponentVal.String(text);
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
