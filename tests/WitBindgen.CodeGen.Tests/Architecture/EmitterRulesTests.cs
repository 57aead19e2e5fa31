using System.Text.RegularExpressions;
using WitBindgen.Testing;

namespace WitBindgen.CodeGen.Tests.Architecture;

/// <summary>
/// Emitters only read plans: how a WIT type is lifted and lowered is decided by the marshal plan builder
/// (<c>Context/Marshal</c>), how it is declared by the type declaration plan builder (<c>Context/Declarations</c>), which
/// alone look at the kinds of the model's types, and every name is claimed while planning. These tests read every
/// source under <c>Emit</c> and fail when a file outside the planners does either.
/// </summary>
public sealed class EmitterRulesTests
{
    // A reference to a kind of the model's type definitions, in code (comments are skipped).
    private static readonly Regex WitKind = new(
        @"\b(AliasKind|RecordKind|VariantKind|EnumKind|FlagsKind|TupleKind|ListKind|FixedLengthListKind|MapKind|OptionKind|ResultKind|FutureKind|StreamKind|HandleKind|ResourceKind|TypeDefKind)\b");

    // Claiming a name from a NameScope or a container's scope.
    private static readonly Regex Claim = new(@"\.Claim\(");

    // The function shapes are made by the host plan while it is built, like the planners' own files.
    private static readonly string[] PlanningFiles = ["Host/FunctionShape.cs"];

    [Fact]
    public void Only_planners_look_at_WIT_type_kinds_or_claim_names()
    {
        var emit = Path.Combine(TestPaths.RepoRoot, "generator", "WitBindgen.CodeGen", "Emit");
        var breaking = Directory.EnumerateFiles(emit, "*.cs", SearchOption.TopDirectoryOnly)
            .Concat(new[] { "Abi", "Guest", "Host", "Types" }.SelectMany(folder => Directory.EnumerateFiles(Path.Combine(emit, folder), "*.cs", SearchOption.AllDirectories)))
            .Select(path => (Name: Path.GetRelativePath(emit, path).Replace('\\', '/'), Problems: Problems(File.ReadAllText(path))))
            .Where(file => file.Problems.Count > 0 && !IsPlanner(file.Name))
            .ToList();

        breaking.Select(file => $"{file.Name}: {string.Join("; ", file.Problems)}")
            .ShouldBeEmpty("emitters must read the plans and the planned names instead");
    }

    [Fact]
    public void The_scan_finds_kind_switches_and_claims_in_code_but_not_in_comments()
    {
        Problems("""
            /// Lowers a <see cref="RecordKind"/>; names come from <c>scope.Claim("x")</c>.
            // case VariantKind v:
            var text = $"{GuestMarshalPlan.Store(node)}(s, ptr, v);";
            """).ShouldBeEmpty();

        Problems("""
            switch (def.Kind)
            {
                case RecordKind record:
                    var local = _locals.Claim("record");
                    break;
            }
            """).ShouldBe(["line 3 names RecordKind", "line 4 claims a name"]);
    }

    // Planners decide names and shapes before any file is written: GuestPlan, HostPlan, MarshalPlanner and their builders.
    private static bool IsPlanner(string file) =>
        PlanningFiles.Contains(file) || new[] { "Plan.cs", "Planner.cs", "Builder.cs" }.Any(suffix => file.EndsWith(suffix, StringComparison.Ordinal));

    private static List<string> Problems(string source)
    {
        var problems = new List<string>();
        var lines = source.Split('\n');
        for (var k = 0; k < lines.Length; k++)
        {
            var code = lines[k].TrimStart();
            if (code.StartsWith("//", StringComparison.Ordinal))
            {
                continue;
            }

            if (WitKind.Match(code) is { Success: true } kind)
            {
                problems.Add($"line {k + 1} names {kind.Value}");
            }

            if (Claim.IsMatch(code))
            {
                problems.Add($"line {k + 1} claims a name");
            }
        }

        return problems;
    }
}
