using System.Text;
using System.Text.RegularExpressions;
using WitBindgen.CodeGen;

namespace WitBindgen.Benchmarks.Generator;

/// <summary>
/// Compares the files two generators wrote for one world. Files are paired by hint name (a file whose hint name
/// changed is paired with the one left over whose text matches it but for names). Two texts agree "but for
/// names" when they have the same lines and each pair of lines differs only in identifiers: the same C#
/// keywords, punctuation, literals (string literals included, since they carry the WIT names the runtime
/// looks up) and layout. That is the only difference a renaming may make; anything else
/// (a line added or removed, a type or keyword changed) is a change of behaviour.
/// </summary>
internal sealed class GeneratedFilesComparison
{
    private const int ShownLinesPerFile = 3;

    // The keywords generated code is made of; they are kept in the shape, so `int` against `long` is no rename.
    private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal)
    {
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const", "continue",
        "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern", "false", "finally",
        "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface", "internal", "is", "lock",
        "long", "namespace", "new", "null", "object", "operator", "out", "override", "params", "private", "protected",
        "public", "readonly", "ref", "return", "sbyte", "sealed", "short", "sizeof", "stackalloc", "static", "string",
        "struct", "switch", "this", "throw", "true", "try", "typeof", "uint", "ulong", "unchecked", "unsafe", "ushort",
        "using", "virtual", "void", "volatile", "while", "record", "init", "get", "set", "value", "var", "global",
        "partial", "where", "nint", "nuint", "async", "await", "nullable", "enable", "required", "file", "scoped",
    };

    // A string literal (kept whole: it carries the WIT names the runtime looks up) or a whole identifier.
    private static readonly Regex Token = new(@"""(?:[^""\\]|\\.)*""|(?<![A-Za-z0-9_])@?[A-Za-z_][A-Za-z0-9_]*", RegexOptions.CultureInvariant);

    private readonly StringBuilder _summary = new();
    private readonly SortedSet<string> _renames = new(StringComparer.Ordinal);

    private GeneratedFilesComparison()
    {
    }

    /// <summary>The number of files that differ in anything but names (0: the outputs are equivalent).</summary>
    public int Changed { get; private set; }

    /// <summary>The number of files that differ only in names.</summary>
    public int Renamed { get; private set; }

    /// <summary>The differences, as <c>---</c>/<c>+++</c> headers and a few <c>-</c>/<c>+</c> lines per file; empty when the files are equal.</summary>
    public string Summary => _summary.ToString();

    /// <summary>Each identifier that was renamed, as <c>old → new</c>.</summary>
    public IReadOnlyCollection<string> Renames => _renames;

    /// <summary>Compares the old generator's files with the new one's.</summary>
    public static GeneratedFilesComparison Compare(IReadOnlyList<GeneratedFile> oldFiles, IReadOnlyList<GeneratedFile> newFiles)
    {
        var comparison = new GeneratedFilesComparison();
        var newByName = newFiles.ToDictionary(f => f.HintName, StringComparer.Ordinal);
        var oldOnly = new List<GeneratedFile>();
        foreach (var old in oldFiles)
        {
            if (newByName.Remove(old.HintName, out var current))
            {
                comparison.CompareTexts(old, current);
            }
            else
            {
                oldOnly.Add(old);
            }
        }

        var newOnly = newByName.Values.OrderBy(f => f.HintName, StringComparer.Ordinal).ToList();
        foreach (var old in oldOnly)
        {
            var renamed = newOnly.FirstOrDefault(f => SameButForNames(old.Text, f.Text));
            if (renamed is null)
            {
                comparison.Changed++;
                comparison._summary.Append("--- ").AppendLine(old.HintName).AppendLine("+++ (no such file)");
                continue;
            }

            newOnly.Remove(renamed);
            comparison.CompareTexts(old, renamed);
        }

        foreach (var added in newOnly)
        {
            comparison.Changed++;
            comparison._summary.AppendLine("--- (no such file)").Append("+++ ").AppendLine(added.HintName);
        }

        return comparison;
    }

    private void CompareTexts(GeneratedFile old, GeneratedFile current)
    {
        if (old.HintName == current.HintName && old.Text == current.Text)
        {
            return;
        }

        var oldLines = old.Text.Split('\n');
        var newLines = current.Text.Split('\n');
        _summary.Append("--- ").AppendLine(old.HintName).Append("+++ ").AppendLine(current.HintName);
        if (oldLines.Length != newLines.Length)
        {
            Changed++;
            var first = Enumerable.Range(0, Math.Min(oldLines.Length, newLines.Length)).FirstOrDefault(i => oldLines[i] != newLines[i]);
            _summary.AppendLine($"@@ {oldLines.Length} lines against {newLines.Length}; the first difference is at line {first + 1}")
                .Append('-').AppendLine(first < oldLines.Length ? oldLines[first] : "")
                .Append('+').AppendLine(first < newLines.Length ? newLines[first] : "");
            return;
        }

        var differing = 0;
        var onlyNames = old.HintName == current.HintName || SameShape(old.HintName, current.HintName, null);
        for (var i = 0; i < oldLines.Length; i++)
        {
            if (oldLines[i] == newLines[i])
            {
                continue;
            }

            onlyNames &= SameShape(oldLines[i], newLines[i], _renames);
            if (++differing <= ShownLinesPerFile)
            {
                _summary.AppendLine($"@@ line {i + 1}").Append('-').AppendLine(oldLines[i]).Append('+').AppendLine(newLines[i]);
            }
        }

        _summary.AppendLine($"@@ {differing} line(s) differ{(onlyNames ? ", only in names" : "")}");
        if (onlyNames)
        {
            Renamed++;
        }
        else
        {
            Changed++;
        }
    }

    private static bool SameButForNames(string oldText, string newText)
    {
        var oldLines = oldText.Split('\n');
        var newLines = newText.Split('\n');
        return oldLines.Length == newLines.Length && oldLines.Zip(newLines).All(p => p.First == p.Second || SameShape(p.First, p.Second, null));
    }

    // Whether two lines are equal once every identifier that is not a keyword is replaced by a placeholder;
    // if so, the identifiers that differ are added to renames.
    private static bool SameShape(string oldLine, string newLine, ISet<string>? renames)
    {
        var oldNames = new List<string>();
        var newNames = new List<string>();
        if (Shape(oldLine, oldNames) != Shape(newLine, newNames))
        {
            return false;
        }

        for (var i = 0; i < oldNames.Count && renames is not null; i++)
        {
            if (oldNames[i] != newNames[i])
            {
                renames.Add($"{oldNames[i]} → {newNames[i]}");
            }
        }

        return true;
    }

    private static string Shape(string line, List<string> names) =>
        Token.Replace(line, m =>
        {
            if (m.Value[0] == '"' || Keywords.Contains(m.Value))
            {
                return m.Value;
            }

            names.Add(m.Value);
            return "\u0001";
        });
}
