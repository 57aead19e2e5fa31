using System.Text;

namespace WitBindgen.Wit.Printing;

/// <summary>The kinds of items in an interface, world or package body; a blank line separates different kinds.</summary>
internal enum ItemSection
{
    /// <summary><c>use</c> statements.</summary>
    Use,

    /// <summary>Type definitions.</summary>
    Type,

    /// <summary>Functions.</summary>
    Function,

    /// <summary>World imports.</summary>
    Import,

    /// <summary>World exports.</summary>
    Export,

    /// <summary>Interfaces, worlds and packages.</summary>
    Block,
}

/// <summary>
/// Collects the items of one body, each as its own lines (without indentation), and lays them out:
/// consecutive one-line items of the same section sit together, everything else (and every block) is separated by a
/// blank line.
/// </summary>
internal sealed class BodyWriter
{
    private readonly List<(ItemSection Section, List<string> Lines)> _items = new();
    private List<string>? _current;

    /// <summary>Whether no item was added.</summary>
    public bool IsEmpty => _items.Count == 0;

    /// <summary>Starts a new item.</summary>
    public void BeginItem(ItemSection section)
    {
        _current = new List<string>();
        _items.Add((section, _current));
    }

    /// <summary>Adds a line to the current item.</summary>
    public void Line(string text) => (_current ?? throw new InvalidOperationException("no item begun")).Add(text);

    /// <summary>Adds a nested body's lines to the current item, indented one level unless told otherwise.</summary>
    public void Nested(BodyWriter body, bool indent = true)
    {
        foreach (var line in body.Render())
        {
            Line(line.Length == 0 || !indent ? line : "  " + line);
        }
    }

    /// <summary>Adds <c>/// </c> lines for doc comments.</summary>
    public void Docs(string? docs)
    {
        if (docs is null)
        {
            return;
        }

        foreach (var line in docs.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n'))
        {
            var trimmed = line.TrimEnd();
            Line(trimmed.Length == 0 ? "///" : "/// " + trimmed);
        }
    }

    /// <summary>The laid-out lines.</summary>
    public List<string> Render()
    {
        var lines = new List<string>();
        for (var i = 0; i < _items.Count; i++)
        {
            var (section, itemLines) = _items[i];
            if (i > 0)
            {
                var (previousSection, previousLines) = _items[i - 1];
                if (section == ItemSection.Block || previousSection != section || previousLines.Count > 1 || itemLines.Count > 1)
                {
                    lines.Add(string.Empty);
                }
            }

            lines.AddRange(itemLines);
        }

        return lines;
    }

    /// <summary>The laid-out text, each line ending in <c>\n</c>.</summary>
    public string ToText()
    {
        var builder = new StringBuilder();
        foreach (var line in Render())
        {
            builder.Append(line).Append('\n');
        }

        return builder.ToString();
    }
}
