using WitBindgen.Wit.Model;

namespace WitBindgen.Guest.Tests.Differential;

/// <summary>
/// The component of the host's generated import differential (tests/components/typed-imports/typed-imports.wat) is
/// what <see cref="ImportComponentWriter"/> writes for typed-imports.wit: when they disagree the test rewrites the
/// component and fails, so the change shows in <c>git diff</c>.
/// </summary>
public sealed class TypedImportComponentTests
{
    [Fact]
    public void The_typed_imports_component_is_what_the_import_component_writer_writes_for_its_wit()
    {
        var directory = Path.Combine(TestPaths.RepoRoot, "tests", "components", "typed-imports");
        var model = WitText.Resolve("typed-imports.wit", File.ReadAllText(Path.Combine(directory, "typed-imports.wit")));
        var elements = model.Worlds.Single().Exports.Select(e => e.Item).OfType<WorldFunctionItem>()
            .Where(f => f.Function.Name.StartsWith("call", StringComparison.Ordinal))
            .Select(f => ((ListKind)model[model.Unalias(f.Function.Params[0].Type).Id].Kind).Element)
            .ToList();
        var expected = ";; Written by WitBindgen.Guest.Tests/Differential/TypedImportComponentTests.cs from typed-imports.wit; do not edit.\n"
            + ImportComponentWriter.Wat(model, elements);
        var path = Path.Combine(directory, "typed-imports.wat");
        var committed = File.Exists(path) ? File.ReadAllText(path) : null;
        if (committed != expected)
        {
            File.WriteAllText(path, expected);
        }

        committed.ShouldBe(expected, "typed-imports.wat was rewritten from typed-imports.wit; review and commit it");
    }
}
