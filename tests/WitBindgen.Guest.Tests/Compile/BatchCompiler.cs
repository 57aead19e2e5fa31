using System.Text.RegularExpressions;
using WitBindgen.Guest.Tests.Infrastructure;

namespace WitBindgen.Guest.Tests.Compile;

/// <summary>
/// Compiles many worlds' bindings in few compilations (each Roslyn compilation has a large fixed cost): worlds
/// whose namespaces are disjoint share a compilation; when a shared compilation has errors, each of its worlds
/// is compiled on its own so every error is attributed to the world that causes it.
/// </summary>
internal static partial class BatchCompiler
{
    private const int MaxBatch = 40;

    public static IEnumerable<(string Label, IReadOnlyList<string> Errors)> Compile(
        IReadOnlyList<(string Label, IReadOnlyList<(string Name, string Text)> Files)> worlds)
    {
        var pending = worlds.ToList();
        while (pending.Count > 0)
        {
            var batch = new List<(string Label, IReadOnlyList<(string Name, string Text)> Files)>();
            var namespaces = new HashSet<string>(StringComparer.Ordinal);
            foreach (var world in pending.ToList())
            {
                var own = world.Files.SelectMany(f => NamespaceLine().Matches(f.Text).Select(m => m.Groups[1].Value)).ToHashSet();
                if (batch.Count < MaxBatch && !own.Any(n => namespaces.Any(m => Overlaps(n, m))))
                {
                    batch.Add(world);
                    namespaces.UnionWith(own);
                    pending.Remove(world);
                }
            }

            var errors = RoslynCompiler.Errors(batch.SelectMany(w => w.Files));
            if (errors.Count == 0)
            {
                foreach (var world in batch)
                {
                    yield return (world.Label, Array.Empty<string>());
                }

                continue;
            }

            foreach (var world in batch)
            {
                yield return (world.Label, batch.Count == 1 ? errors : RoslynCompiler.Errors(world.Files));
            }
        }
    }

    // Two namespaces interfere when one contains the other (a type in one could clash with the other's namespace).
    private static bool Overlaps(string a, string b) =>
        a == b || a.StartsWith(b + ".", StringComparison.Ordinal) || b.StartsWith(a + ".", StringComparison.Ordinal);

    [GeneratedRegex(@"^namespace ([\w.]+);", RegexOptions.Multiline)]
    private static partial Regex NamespaceLine();
}
