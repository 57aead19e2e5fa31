using System.Text;
using Microsoft.Extensions.Logging;

namespace WitBindgen.Runtime.Tests.Production;

public sealed class WasiGrantTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "witbindgen-wasi-tests-" + Guid.NewGuid().ToString("N"));

    public WasiGrantTests()
    {
        Directory.CreateDirectory(Path.Combine(_root, "granted"));
        Directory.CreateDirectory(Path.Combine(_root, "private"));
        File.WriteAllText(Path.Combine(_root, "granted", "hello.txt"), "hello from the host");
        File.WriteAllText(Path.Combine(_root, "private", "secret.txt"), "top secret");
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Nothing_of_the_host_is_visible_by_default()
    {
        using var probe = new WasiProbe(wasi: null);

        probe.ReadFile(Path.Combine(_root, "private", "secret.txt")).ShouldStartWith("error: open");
        probe.ReadFile("secret.txt").ShouldStartWith("error: open");
        probe.WriteFile("/new.txt", "x").ShouldStartWith("error: open");
        probe.GetEnv("PATH").ShouldBe("<unset>");
        probe.GetArgs().ShouldBeEmpty();
        probe.ReadStdin().ShouldBeEmpty();
    }

    [Fact]
    public void A_granted_directory_is_readable_and_nothing_beside_it()
    {
        using var probe = new WasiProbe(new WasiConfiguration().WithPreopenedDirectory(Path.Combine(_root, "granted"), "/data"));

        probe.ReadFile("/data/hello.txt").ShouldBe("hello from the host");
        probe.ReadFile("/data/../private/secret.txt").ShouldStartWith("error: open");
        probe.ReadFile(Path.Combine(_root, "private", "secret.txt")).ShouldStartWith("error: open");
    }

    [Fact]
    public void A_read_only_grant_refuses_writes_and_a_read_write_grant_allows_them()
    {
        var granted = Path.Combine(_root, "granted");
        using (var readOnly = new WasiProbe(new WasiConfiguration().WithPreopenedDirectory(granted, "/data")))
        {
            readOnly.ReadFile("/data/hello.txt").ShouldBe("hello from the host");
            readOnly.WriteFile("/data/out.txt", "nope").ShouldStartWith("error: open");
            readOnly.WriteFile("/data/hello.txt", "overwritten").ShouldStartWith("error: open");
            File.Exists(Path.Combine(granted, "out.txt")).ShouldBeFalse();
            File.ReadAllText(Path.Combine(granted, "hello.txt")).ShouldBe("hello from the host");
        }

        using var readWrite = new WasiProbe(new WasiConfiguration().WithPreopenedDirectory(granted, "/data", readOnly: false));
        readWrite.WriteFile("/data/out.txt", "written by the guest").ShouldBe("ok");
        File.ReadAllText(Path.Combine(granted, "out.txt")).ShouldBe("written by the guest");
    }

    [Fact]
    public void Stdout_and_stderr_reach_the_users_writer_and_stream()
    {
        var stdout = new StringWriter();
        using var stderr = new MemoryStream();
        using (var probe = new WasiProbe(new WasiConfiguration().CaptureStandardOutput(stdout).CaptureStandardError(stderr)))
        {
            probe.Print("héllo ");
            probe.Print("wörld\n");
            probe.ErrorPrint("oops\n");
        }

        stdout.ToString().ShouldBe("héllo wörld\n");
        Encoding.UTF8.GetString(stderr.ToArray()).ShouldBe("oops\n");
    }

    [Fact]
    public void Stdout_can_be_logged_line_by_line()
    {
        var logger = new ListLogger();
        using (var probe = new WasiProbe(new WasiConfiguration().CaptureStandardOutput(logger)))
        {
            probe.Print("first line\nsecond ");
            probe.Print("line\nunterminated");
            logger.Entries.ShouldBe(["Information [stdout] first line", "Information [stdout] second line"]);
        }

        // Wasmtime closes the stream (and the adapter logs the unterminated rest) when it drops the store's WASI context.
        SpinWait.SpinUntil(() => logger.Count == 3, TimeSpan.FromSeconds(10)).ShouldBeTrue();
        logger.Entries.Last().ShouldBe("Information [stdout] unterminated");
    }

    [Fact]
    public void Arguments_environment_and_stdin_are_what_the_host_grants()
    {
        Environment.GetEnvironmentVariable("PATH").ShouldNotBeNull();
        using var stdin = new MemoryStream(Encoding.UTF8.GetBytes("input from a stream"));
        using var probe = new WasiProbe(new WasiConfiguration()
            .WithArgs("probe", "--flag", "value")
            .WithEnvironmentVariable("GREETING", "hi")
            .WithStandardInput(stdin));

        probe.GetArgs().ShouldBe("probe --flag value");
        probe.GetEnv("GREETING").ShouldBe("hi");
        probe.GetEnv("PATH").ShouldBe("<unset>");
        probe.ReadStdin().ShouldBe("input from a stream");
    }

    private sealed class ListLogger : ILogger
    {
        private readonly object _gate = new();
        private readonly List<string> _entries = [];

        public IReadOnlyList<string> Entries
        {
            get
            {
                lock (_gate)
                {
                    return [.. _entries];
                }
            }
        }

        public int Count
        {
            get
            {
                lock (_gate)
                {
                    return _entries.Count;
                }
            }
        }

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Add($"{logLevel} {formatter(state, exception)}");

        private void Add(string entry)
        {
            lock (_gate)
            {
                _entries.Add(entry);
            }
        }
    }
}
