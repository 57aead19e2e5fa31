using WitBindgen.Wit.Model;

namespace WitBindgen.Guest.Tests.Differential;

/// <summary>
/// The component of the host's direct typed path tests (tests/components/typed/typed.wat) is what
/// <see cref="ComponentWriter"/> writes for tests/components/typed/typed.wit: when they disagree the test rewrites the
/// component and fails, so the change shows in <c>git diff</c>.
/// </summary>
public sealed class TypedComponentTests
{
    [Fact]
    public void The_typed_path_component_is_what_the_component_writer_writes_for_its_wit()
    {
        var directory = Path.Combine(TestPaths.RepoRoot, "tests", "components", "typed");
        var model = WitText.Resolve("typed.wit", File.ReadAllText(Path.Combine(directory, "typed.wit")));
        var elements = model.Worlds.Single().Exports.Select(e => e.Item).OfType<WorldFunctionItem>()
            .Where(f => f.Function.Name.StartsWith("take", StringComparison.Ordinal))
            .Select(f => ((ListKind)model[model.Unalias(f.Function.Params[0].Type).Id].Kind).Element)
            .ToList();
        var expected = ";; Written by WitBindgen.Guest.Tests/Differential/TypedComponentTests.cs from typed.wit; do not edit.\n" + ComponentWriter.Wat(model, elements);
        var path = Path.Combine(directory, "typed.wat");
        var committed = File.Exists(path) ? File.ReadAllText(path) : null;
        if (committed != expected)
        {
            File.WriteAllText(path, expected);
        }

        committed.ShouldBe(expected, "typed.wat was rewritten from typed.wit; review and commit it");
    }
}
