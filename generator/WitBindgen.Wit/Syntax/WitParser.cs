using WitBindgen.Wit.Diagnostics;
using WitBindgen.Wit.Syntax.Lexing;
using WitBindgen.Wit.Syntax.Parsing;

namespace WitBindgen.Wit.Syntax;

/// <summary>Parses WIT source text into a <see cref="WitDocument"/>.</summary>
public static class WitParser
{
    /// <summary>
    /// Parses one file. Never throws on any text: problems become diagnostics. Parsing stops at the
    /// first syntax error, which is reported where wit-parser reports it; the document then holds the
    /// top-level items that were complete before the error.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="file"/> is null.</exception>
    public static WitParseResult Parse(SourceFile file)
    {
        if (file is null)
        {
            throw new ArgumentNullException(nameof(file));
        }

        var diagnostics = new DiagnosticBag();
        WitSyntaxParser? parser = null;
        WitDocument? document = null;
        try
        {
            parser = new WitSyntaxParser(file);
            document = parser.ParseDocument();
        }
        catch (WitSyntaxException error)
        {
            diagnostics.Report(error.Descriptor, file.GetLocation(error.Span), error.Arguments);
        }
        catch (Exception error) when (error is not OutOfMemoryException)
        {
            diagnostics.Report(WitDiagnostics.InternalError, file.GetLocation(default), error.GetType().Name + ": " + error.Message);
        }

        document ??= parser?.PartialDocument()
            ?? new WitDocument(file, null, EquatableArray<TopLevelItem>.Empty, EquatableArray<NestedPackage>.Empty);
        return new WitParseResult(document, diagnostics.ToEquatableArray());
    }
}
