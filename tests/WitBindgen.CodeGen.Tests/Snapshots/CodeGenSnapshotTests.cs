using System.Runtime.CompilerServices;
using System.Text;
using WitBindgen.CodeGen.Context;
using WitBindgen.CodeGen.Tests.CompileGate;
using WitBindgen.Wit.Model;

namespace WitBindgen.CodeGen.Tests.Snapshots;

/// <summary>
/// Everything the generator writes for the corpus (Corpus/*.wit), every world in both modes, reviewed as text in
/// Snapshots/Approved/*.approved.cs. A change fails the test with a line diff and leaves a .received.cs beside the
/// approved file; when the change is intended, accept every received file with <c>tests/accept-snapshots.sh</c>.
/// Worlds a mode refuses are snapshotted as their diagnostics.
/// </summary>
public sealed class CodeGenSnapshotTests
{
    /// <summary>Features enabled for the corpus, so @unstable items are generated too.</summary>
    internal static readonly string[] Features = { "fancy-types" };

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var file in Directory.GetFiles(CorpusCompileTests.CorpusDirectory, "*.wit").Select(Path.GetFileNameWithoutExtension).OrderBy(n => n, StringComparer.Ordinal))
        {
            data.Add(file!, "host");
            data.Add(file!, "guest");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Corpus(string file, string mode)
    {
        var received = Render(file, mode == "host" ? BindingMode.Host : BindingMode.Guest);
        var discriminator = file + "." + mode;

        try
        {
            received.ShouldMatchApproved(c => c.SubFolder("Approved").WithDiscriminator(discriminator).WithFileExtension("cs").NoDiff());
        }
        catch (ShouldAssertException e)
        {
            var approved = Path.Combine(SourceDirectory(), "Approved", $"{nameof(CodeGenSnapshotTests)}.{nameof(Corpus)}.{discriminator}.approved.cs");
            var before = File.Exists(approved) ? File.ReadAllText(approved) : string.Empty;
            throw new ShouldAssertException(
                $"The generated code for {file}.wit ({mode}) differs from {Path.GetFileName(approved)}; if intended, run tests/accept-snapshots.sh.\n"
                + LineDiff(before, received) + "\n" + e.Message);
        }
    }

    /// <summary>Every root world of the corpus file, generated in <paramref name="mode"/>, as one text.</summary>
    internal static string Render(string file, BindingMode mode)
    {
        var (model, problems) = WitSource.Load(Path.Combine(CorpusCompileTests.CorpusDirectory, file + ".wit"), Features);
        model.ShouldNotBeNull(problems);

        var text = new StringBuilder();
        var worlds = Enumerable.Range(0, model.Worlds.Count)
            .Select(i => new WorldId(i))
            .Where(id => model.RootPackages.Contains(model[id].Package))
            .Select(id => WorldSelector.QualifiedName(model, id))
            .OrderBy(n => n, StringComparer.Ordinal);
        foreach (var world in worlds)
        {
            var result = CSharpGenerator.Generate(model, new CodeGenOptions(world, mode, null, false));
            text.Append("////// world ").Append(world).Append(" (").Append(mode.ToString().ToLowerInvariant()).Append(")\n");
            foreach (var diagnostic in result.Diagnostics)
            {
                var where = diagnostic.Location is { } l ? $"{Path.GetFileName(l.Path)}({l.Line},{l.Column}): " : string.Empty;
                text.Append("//// ").Append(where).Append(diagnostic.Severity.ToString().ToLowerInvariant()).Append(' ').Append(diagnostic.Id).Append(": ").Append(diagnostic.Message).Append('\n');
            }

            foreach (var generated in result.Files)
            {
                text.Append("//// ").Append(generated.HintName).Append('\n').Append(generated.Text);
                if (!generated.Text.EndsWith('\n'))
                {
                    text.Append('\n');
                }
            }
        }

        return text.ToString();
    }

    /// <summary>The changed lines between two texts: the common start and end are left out.</summary>
    internal static string LineDiff(string approved, string received)
    {
        var a = approved.Replace("\r\n", "\n").Split('\n');
        var b = received.Replace("\r\n", "\n").Split('\n');
        var start = 0;
        while (start < a.Length && start < b.Length && a[start] == b[start])
        {
            start++;
        }

        int endA = a.Length, endB = b.Length;
        while (endA > start && endB > start && a[endA - 1] == b[endB - 1])
        {
            endA--;
            endB--;
        }

        const int Limit = 40;
        var diff = new StringBuilder();
        diff.Append("@@ line ").Append(start + 1).Append(" @@\n");
        foreach (var line in a.Skip(start).Take(Math.Min(endA - start, Limit)))
        {
            diff.Append("- ").Append(line).Append('\n');
        }

        if (endA - start > Limit)
        {
            diff.Append("- … ").Append(endA - start - Limit).Append(" more removed lines\n");
        }

        foreach (var line in b.Skip(start).Take(Math.Min(endB - start, Limit)))
        {
            diff.Append("+ ").Append(line).Append('\n');
        }

        if (endB - start > Limit)
        {
            diff.Append("+ … ").Append(endB - start - Limit).Append(" more added lines\n");
        }

        return diff.ToString();
    }

    private static string SourceDirectory([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
