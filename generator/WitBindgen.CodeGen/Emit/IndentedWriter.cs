using System.Text;

namespace WitBindgen.CodeGen.Emit;

/// <summary>Builds C# text line by line with four-space indentation and <c>\n</c> newlines, whatever the platform.</summary>
internal sealed class IndentedWriter
{
    private const string IndentUnit = "    ";
    private readonly StringBuilder _text = new();
    private int _depth;

    /// <summary>The current indentation level.</summary>
    public int Depth => _depth;

    /// <summary>Writes one indented line; an empty line carries no trailing spaces.</summary>
    public IndentedWriter Line(string text = "")
    {
        if (text.Length > 0)
        {
            for (var i = 0; i < _depth; i++)
            {
                _text.Append(IndentUnit);
            }

            _text.Append(text);
        }

        _text.Append('\n');
        return this;
    }

    /// <summary>Indents the following lines one more level.</summary>
    public void Indent() => _depth++;

    /// <summary>Indents the following lines one level less.</summary>
    /// <exception cref="InvalidOperationException">Already at level zero (unbalanced blocks).</exception>
    public void Outdent()
    {
        if (_depth == 0)
        {
            throw new InvalidOperationException("unbalanced indentation: more blocks closed than opened");
        }

        _depth--;
    }

    /// <summary>Writes <paramref name="header"/> then <c>{</c>, and indents.</summary>
    public void OpenBlock(string header)
    {
        Line(header);
        Line("{");
        Indent();
    }

    /// <summary>Outdents and writes <c>}</c> (or <paramref name="closer"/>, such as <c>};</c>).</summary>
    public void CloseBlock(string closer = "}")
    {
        Outdent();
        Line(closer);
    }

    /// <summary>The text written so far.</summary>
    public override string ToString() => _text.ToString();
}
