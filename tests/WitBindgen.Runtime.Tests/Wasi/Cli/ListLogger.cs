using Microsoft.Extensions.Logging;

namespace WitBindgen.Runtime.Tests.Wasi.Cli;

/// <summary>A logger that keeps every entry as "level message". Thread-safe.</summary>
internal sealed class ListLogger : ILogger
{
    private readonly object _gate = new();
    private readonly List<string> _entries = [];

    /// <summary>A copy of the entries so far.</summary>
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

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        lock (_gate)
        {
            _entries.Add($"{logLevel} {formatter(state, exception)}");
        }
    }
}
