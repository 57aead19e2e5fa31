using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using WitBindgen.Benchmarks;

if (ConformancePaths.Conformance is null)
{
    Console.Error.WriteLine(ConformancePaths.Missing);
    return 1;
}

// In-process: no generated project to build, so a run needs neither the network nor a second build.
var config = DefaultConfig.Instance.AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).AsDefault());
BenchmarkSwitcher.FromAssembly(typeof(HttpResolveBenchmarks).Assembly).Run(args, config);
return 0;
