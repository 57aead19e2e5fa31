using System.Diagnostics;
using WitBindgen.Wit.Syntax;
using Xunit.Abstractions;

namespace WitBindgen.Wit.Tests.Syntax;

/// <summary>Keeps parsing cheap: the WASI HTTP tree (33 files, ~140 KB) must parse in a small allocation budget.</summary>
public sealed class ParserPerformanceTests
{
    private readonly ITestOutputHelper _output;

    /// <summary>Creates the tests with xunit's output sink.</summary>
    public ParserPerformanceTests(ITestOutputHelper output) => _output = output;

    /// <summary>Parsing allocates little more than the syntax tree itself.</summary>
    [ConformanceFact]
    public void Wasi_http_tree_parses_within_the_allocation_budget()
    {
        var dir = TestPaths.ConformanceDir("wasi-wit/http")!;
        var files = Directory.GetFiles(dir, "*.wit", SearchOption.AllDirectories)
            .Select(path => new SourceFile(path, File.ReadAllText(path)))
            .ToArray();
        for (var i = 0; i < 100; i++)
        {
            ParseAll(files); // past tiered compilation's first tier
        }

        const int Rounds = 50;
        var fastest = TimeSpan.MaxValue;
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < Rounds; i++)
        {
            var stopwatch = Stopwatch.StartNew();
            ParseAll(files);
            fastest = stopwatch.Elapsed < fastest ? stopwatch.Elapsed : fastest;
        }

        var bytesPerRound = (GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / Rounds;
        _output.WriteLine($"{files.Length} files, {files.Sum(f => f.Text.Length)} chars: fastest {fastest.TotalMilliseconds:F2} ms, {bytesPerRound / 1024} KB per parse of the tree");

        bytesPerRound.ShouldBeLessThan(2 * 1024 * 1024);
    }

    private static void ParseAll(SourceFile[] files)
    {
        foreach (var file in files)
        {
            WitParser.Parse(file).HasErrors.ShouldBeFalse();
        }
    }
}
