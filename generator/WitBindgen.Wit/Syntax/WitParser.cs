namespace WitBindgen.Wit.Syntax;

/// <summary>Parses WIT source text into a <see cref="WitDocument"/>.</summary>
public static class WitParser
{
    /// <summary>Parses one file. Never throws: problems become diagnostics.</summary>
    public static WitParseResult Parse(SourceFile file) => throw new NotImplementedException();
}
