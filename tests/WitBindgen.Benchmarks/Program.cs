using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using WitBindgen.Benchmarks;
using WitBindgen.Benchmarks.Generator;
using WitBindgen.Benchmarks.Runtime;

if (args is [WasiPollOvershoot.Command])
{
    return WasiPollOvershoot.Run();
}

if (ConformancePaths.Conformance is null)
{
    // The front-end benchmarks read the WASI packages from the conformance material; the others do not need it.
    Console.Error.WriteLine($"note: {ConformancePaths.Missing}; benchmarks that read it will fail in their setup");
}

var types = typeof(HttpResolveBenchmarks).Assembly.GetExportedTypes()
    .Where(t => t.GetMethods().Any(m => m.IsDefined(typeof(BenchmarkDotNet.Attributes.BenchmarkAttribute), false)));
if (GeneratorComparisonBenchmarks.Unavailable is { } unavailable)
{
    // The comparison needs both the material and a build of the old generator: without them it is left out.
    Console.Error.WriteLine($"note: {unavailable}; {nameof(GeneratorComparisonBenchmarks)} is skipped");
    types = types.Where(t => t != typeof(GeneratorComparisonBenchmarks));
}

// In-process: no generated project to build, so a run needs neither the network nor a second build. A default
// job in the config is the base of every command-line job, so `--job` is read here to pick that base.
var jobAt = Array.FindIndex(args, a => a is "--job" or "-j");
var jobName = jobAt >= 0 && jobAt + 1 < args.Length ? args[jobAt + 1].ToLowerInvariant() : "default";
if (BaseJob(jobName) is not { } baseJob)
{
    Console.Error.WriteLine($"error: unknown job '{args[jobAt + 1]}' after {args[jobAt]}: use default, dry, short, medium, long or verylong");
    return 1;
}

var config = DefaultConfig.Instance.AddJob(baseJob.WithToolchain(InProcessEmitToolchain.Instance).AsDefault());
BenchmarkSwitcher.FromTypes(types.ToArray()).Run(args, config);
return 0;

static Job? BaseJob(string name) =>
    name switch
    {
        "dry" => Job.Dry,
        "short" => Job.ShortRun,
        "medium" => Job.MediumRun,
        "long" => Job.LongRun,
        "verylong" => Job.VeryLongRun,
        "default" => Job.Default,
        _ => null,
    };
