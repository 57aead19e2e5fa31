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
BenchmarkSwitcher.FromAssembly(typeof(HttpResolveBenchmarks).Assembly).Run(args, config);
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
