using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Ahx1X.Rules.Hosting.Tests;

/// <summary>One message a logger wrote.</summary>
internal sealed record LogEntry(string Category, LogLevel Level, EventId EventId, string Message);

/// <summary>A logger provider that keeps every message, for tests to look at.</summary>
internal sealed class LogCollector : ILoggerProvider
{
    private readonly ConcurrentQueue<LogEntry> _entries = new();

    public IReadOnlyList<LogEntry> Entries => _entries.ToArray();

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _entries);

    /// <summary>Waits until an entry matches, for messages written on another thread (bounded).</summary>
    public LogEntry WaitFor(Func<LogEntry, bool> match, TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < until)
        {
            if (_entries.FirstOrDefault(match) is { } entry)
            {
                return entry;
            }

            Thread.Sleep(50);
        }

        throw new Xunit.Sdk.XunitException($"No matching log entry within {timeout}; logged:\n" + string.Join("\n", _entries.Select(e => $"{e.Level} {e.EventId.Name}: {e.Message}")));
    }

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<LogEntry> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            entries.Enqueue(new LogEntry(category, logLevel, eventId, formatter(state, exception)));
    }
}
