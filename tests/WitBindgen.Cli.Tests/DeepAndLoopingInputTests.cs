using System.Text;
using WitBindgen.Wit.Resolution;

namespace WitBindgen.Cli.Tests;

/// <summary>
/// Inputs that are deep or loop back on themselves get one located line naming what is wrong, from <c>check</c> as
/// from <c>generate</c>, never an internal error.
/// </summary>
public sealed class DeepAndLoopingInputTests
{
    [Theory]
    [InlineData("check")]
    [InlineData("generate")]
    public void A_long_alias_chain_is_an_error_located_at_the_first_type_past_the_limit(string command)
    {
        using var dir = new TempWitDirectory();
        var path = dir.Write("chain.wit", AliasChain(10_000));
        var args = command == "generate" ? new[] { command, path, "--out", Path.Combine(dir.Path, "out") } : new[] { command, path };

        var run = CliRun.Of(args);

        run.ExitCode.ShouldBe(1);
        // t{n} is n + 1 levels deep (n options around an alias of u32) and on line n + 3.
        var line = WitResolver.MaxTypeDepth + 3;
        run.StderrLines.ShouldHaveSingleItem().ShouldStartWith(
            $"{path}({line},8): error WIT0121: type `t{WitResolver.MaxTypeDepth}` nests more than {WitResolver.MaxTypeDepth} levels deep");
        Directory.Exists(Path.Combine(dir.Path, "out")).ShouldBeFalse();
    }

    [Fact]
    public void A_deep_unnamed_type_in_a_signature_is_an_error_located_at_the_function()
    {
        using var dir = new TempWitDirectory();
        // t59 is 60 levels deep and within the limit; the parameter wraps it in 60 more unnamed lists.
        var chain = AliasChain(59).Replace("  f: func(x: t59);", "  f: func(x: " + string.Concat(Enumerable.Repeat("list<", 60)) + "t59" + new string('>', 60) + ");");
        var path = dir.Write("chain.wit", chain);

        var run = CliRun.Of("generate", path, "--out", Path.Combine(dir.Path, "out"));

        run.ExitCode.ShouldBe(1);
        run.StderrLines.ShouldHaveSingleItem().ShouldStartWith(
            $"{path}(63,3): error WIT0121: a type in the signature of `f` nests more than {WitResolver.MaxTypeDepth} levels deep");
    }

    [Fact]
    public void An_alias_chain_as_deep_as_the_limit_is_accepted()
    {
        using var dir = new TempWitDirectory();
        var path = dir.Write("chain.wit", AliasChain(WitResolver.MaxTypeDepth - 1));

        var run = CliRun.Of("generate", path, "--out", Path.Combine(dir.Path, "out"));

        run.ExitCode.ShouldBe(0, run.Stderr);
    }

    [Theory]
    [InlineData(".")]
    [InlineData("../deps")]
    public void A_dependency_link_that_loops_back_is_named(string target)
    {
        using var dir = new TempWitDirectory();
        dir.Write("pkg/a.wit", "package a:b;\nworld w {}\n");
        Directory.CreateDirectory(Path.Combine(dir.Path, "pkg", "deps"));
        var link = Path.Combine(dir.Path, "pkg", "deps", "loop");
        Directory.CreateSymbolicLink(link, target);

        var run = CliRun.Of("check", Path.Combine(dir.Path, "pkg"));

        run.ExitCode.ShouldBe(1);
        run.StderrLines.ShouldHaveSingleItem().ShouldBe($"error WIT0902: '{link}' is not a .wit file or a package directory");
    }

    /// <summary><c>type t1 = option&lt;t0&gt;</c> and so on up to <c>t{n}</c>, which a function takes.</summary>
    private static string AliasChain(int n)
    {
        var text = new StringBuilder("package a:b;\ninterface i {\n  type t0 = u32;\n");
        for (var i = 1; i <= n; i++)
        {
            text.Append("  type t").Append(i).Append(" = option<t").Append(i - 1).Append(">;\n");
        }

        return text.Append("  f: func(x: t").Append(n).Append(");\n}\nworld w { export i; }\n").ToString();
    }
}
