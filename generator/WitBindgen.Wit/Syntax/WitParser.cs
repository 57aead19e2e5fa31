using WitBindgen.Wit.Diagnostics;
using WitBindgen.Wit.Syntax.Lexing;
using WitBindgen.Wit.Syntax.Parsing;

namespace WitBindgen.Wit.Syntax;

/// <summary>Parses WIT source text into a <see cref="WitDocument"/>.</summary>
public static class WitParser
{
    /// <summary>
    /// Parses one file. Never throws: problems become diagnostics. Parsing stops at the first syntax
    /// error, which is reported where wit-parser reports it; the document then holds the top-level
    /// items that were complete before the error.
    /// </summary>
    public static WitParseResult Parse(SourceFile file)
    {
        if (file is null)
        {
            throw new ArgumentNullException(nameof(file));
        }

        WitSyntaxParser? parser = null;
        try
        {
            parser = new WitSyntaxParser(file);
            return new WitParseResult(parser.ParseDocument(), EquatableArray<Diagnostic>.Empty);
        }
        catch (WitSyntaxException error)
        {
            var diagnostic = Diagnostic.Create(error.Descriptor, file.GetLocation(error.Span), error.Arguments);
            return Failed(file, parser, diagnostic);
        }
        catch (Exception error) when (error is not OutOfMemoryException)
        {
            var diagnostic = Diagnostic.Create(WitDiagnostics.InternalError, file.GetLocation(default), error.GetType().Name + ": " + error.Message);
            return Failed(file, parser, diagnostic);
        }
    }

    private static WitParseResult Failed(SourceFile file, WitSyntaxParser? parser, Diagnostic diagnostic)
    {
        var document = parser?.PartialDocument() ?? new WitDocument(file, null, EquatableArray<TopLevelItem>.Empty, EquatableArray<NestedPackage>.Empty);
        return new WitParseResult(document, EquatableArray.Create(diagnostic));
    }
}
