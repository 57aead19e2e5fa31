using System.Runtime.CompilerServices;
using WitBindgen.Wit;
using WitBindgen.Wit.Syntax;

namespace WitBindgen.Generator.Generation;

/// <summary>
/// Remembers the parse of each .wit file's text, so that after an edit only the edited file is parsed again
/// while its item is resolved anew. Keyed weakly by the text's string instance: the pipeline keeps the
/// <see cref="Inputs.WitFile"/> of an unchanged file (and so its text) from one run to the next, and an entry
/// goes away with the text it was made from, so the cache never outlives the compiler's own state.
/// </summary>
internal static class ParseCache
{
    private static readonly ConditionalWeakTable<string, Entry> Entries = new();

    /// <summary>The parse of <paramref name="file"/>, from the cache when the same text was parsed at the same path.</summary>
    public static WitParseResult Parse(SourceFile file)
    {
        if (Entries.TryGetValue(file.Text, out var entry) && string.Equals(entry.Path, file.Path, StringComparison.Ordinal))
        {
            return entry.Result;
        }

        var result = WitParser.Parse(file);
        lock (Entries)
        {
            // Items may be generated in parallel; the lock keeps a concurrent Remove/Add pair from throwing.
            Entries.Remove(file.Text);
            Entries.Add(file.Text, new Entry(file.Path, result));
        }

        return result;
    }

    private sealed class Entry
    {
        public Entry(string path, WitParseResult result)
        {
            Path = path;
            Result = result;
        }

        public string Path { get; }

        public WitParseResult Result { get; }
    }
}
