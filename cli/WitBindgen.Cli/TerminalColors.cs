using System.Text;
using System.Text.RegularExpressions;

namespace WitBindgen.Cli;

/// <summary>
/// Colours for standard error when it is a terminal: "error" in red and "warning" in yellow. Redirected output,
/// <c>NO_COLOR</c> and <c>TERM=dumb</c> get plain text, so logs and tests never see escape codes.
/// </summary>
internal static class TerminalColors
{
    /// <summary>Whether standard error should be coloured, from the environment and whether it is redirected.</summary>
    public static bool ShouldColor(bool isRedirected, Func<string, string?> environment) =>
        !isRedirected
        && string.IsNullOrEmpty(environment("NO_COLOR"))
        && !string.Equals(environment("TERM"), "dumb", StringComparison.Ordinal);

    /// <summary>Wraps <paramref name="inner"/> so that each line it is given is coloured.</summary>
    public static TextWriter Wrap(TextWriter inner) => new ColoringWriter(inner);

    /// <summary>The line with its severity words coloured (ANSI escape codes).</summary>
    public static string Colorize(string line) =>
        Severity.Replace(line, m => (m.Groups[1].Value == "warning" ? "\u001b[33m" : "\u001b[31m") + m.Value + "\u001b[0m");

    // "error WIT0102:", "warning WIT0110:", "error:" and the "witbindgen:" of usage errors.
    private static readonly Regex Severity = new(@"\b(error|warning)( WIT\d{4})?:|^witbindgen:", RegexOptions.CultureInvariant);

    /// <summary>Buffers text until a newline, then writes the coloured line.</summary>
    private sealed class ColoringWriter(TextWriter inner) : TextWriter
    {
        private readonly StringBuilder _line = new();

        public override Encoding Encoding => inner.Encoding;

        public override void Write(char value)
        {
            if (value == '\n')
            {
                inner.Write(Colorize(_line.ToString()));
                inner.Write('\n');
                _line.Clear();
            }
            else
            {
                _line.Append(value);
            }
        }

        public override void Flush()
        {
            if (_line.Length > 0)
            {
                inner.Write(Colorize(_line.ToString()));
                _line.Clear();
            }

            inner.Flush();
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                Flush();
            }

            base.Dispose(disposing);
        }
    }
}
