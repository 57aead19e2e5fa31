using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using WitBindgen.Benchmarks;

if (ConformancePaths.Conformance is null)
{
    // The front-end benchmarks read the WASI packages from the conformance material; the others do not need it.
    Console.Error.WriteLine($"note: {ConformancePaths.Missing}; benchmarks that read it will fail in their setup");
}

// In-process: no generated project to build, so a run needs neither the network nor a second build.
var config = DefaultConfig.Instance.AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).AsDefault());
BenchmarkSwitcher.FromAssembly(typeof(HttpResolveBenchmarks).Assembly).Run(args, config);
