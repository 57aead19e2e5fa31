using WitBindgen.Wit.Diagnostics;

namespace WitBindgen.Wit.Syntax.Lexing;

/// <summary>
/// The first syntax error in a file. The parser stops there, as wit-parser does; the exception never
/// leaves <see cref="WitParser.Parse"/>, which turns it into a diagnostic.
/// </summary>
internal sealed class WitSyntaxException : Exception
{
    public WitSyntaxException(DiagnosticDescriptor descriptor, TextSpan span, params object?[] args)
        : base(descriptor.Format(args))
    {
        Descriptor = descriptor;
        Span = span;
        Arguments = args;
    }

    /// <summary>Which diagnostic to report.</summary>
    public DiagnosticDescriptor Descriptor { get; }

    /// <summary>Where the error is.</summary>
    public TextSpan Span { get; }

    /// <summary>The message arguments.</summary>
    public object?[] Arguments { get; }
}
