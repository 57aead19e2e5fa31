using BenchmarkDotNet.Attributes;
using WitBindgen.CodeGen;
using WitBindgen.Testing;
using WitBindgen.Wit;
using WitBindgen.Wit.Resolution;

namespace WitBindgen.Benchmarks.Generator;

/// <summary>
/// What <c>witbindgen generate</c> does in memory for a world of many interfaces (<see cref="ManyInterfacesWit"/>):
/// parse, resolve and generate the bindings, in each mode; and parsing and resolving the same package written on
/// one line, where every location's column is counted on a line as long as the file. The cost per interface
/// (the mean divided by <see cref="Interfaces"/>) should not grow with their number. One operation at 100,000
/// interfaces takes seconds and gigabytes, so the job is short whatever the command line says: two warm-ups and
/// five measured iterations.
/// </summary>
[MemoryDiagnoser]
[WarmupCount(2)]
[IterationCount(5)]
[MinColumn]
[MedianColumn]
public class ManyInterfacesBenchmarks
{
    private WitInput _input = null!;
    private WitInput _oneLine = null!;

    /// <summary>The number of interfaces in the package (each with a record and a function).</summary>
    [Params(2_500, 10_000, 100_000)]
    public int Interfaces { get; set; }

    /// <summary>Writes the package in both layouts and checks that it resolves.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _input = Input(ManyInterfacesWit.Write(Interfaces));
        _oneLine = Input(ManyInterfacesWit.Write(Interfaces, oneLine: true));
        var resolved = WitResolver.Resolve(_input);
        if (resolved.HasErrors)
        {
            throw new InvalidOperationException("the generated package does not resolve: " + string.Join("; ", resolved.Diagnostics.Take(3)));
        }

        Console.WriteLine($"// {Interfaces} interfaces, {_input.RootFiles[0].Text.Length / 1e6:F1} M characters");
    }

    /// <summary>Parses, resolves and generates the host bindings; returns the number of files.</summary>
    [Benchmark]
    public int GenerateHost() => Generate(BindingMode.Host);

    /// <summary>Parses, resolves and generates the guest bindings; returns the number of files.</summary>
    [Benchmark]
    public int GenerateGuest() => Generate(BindingMode.Guest);

    /// <summary>Parses and resolves the package written on one line.</summary>
    [Benchmark]
    public object? ResolveOneLine() => WitResolver.Resolve(_oneLine).Model;

    private int Generate(BindingMode mode)
    {
        var model = WitResolver.Resolve(_input).Model!;
        return CSharpGenerator.Generate(model, new CodeGenOptions(ManyInterfacesWit.World, mode, null, false)).Files.Count;
    }

    private static WitInput Input(string text) =>
        new(EquatableArray.Create(new SourceFile("many.wit", text)), EquatableArray<DependencyGroup>.Empty, EquatableArray<string>.Empty);
}
