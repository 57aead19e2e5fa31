using WitBindgen.Wit.Syntax;

namespace WitBindgen.Wit.Tests.Syntax;

/// <summary>Shortcuts for parsing inline WIT in tests.</summary>
internal static class ParserTestHelpers
{
    /// <summary>Parses text that must be valid, failing with the diagnostics otherwise.</summary>
    public static WitDocument ParseValid(string text)
    {
        var result = WitParser.Parse(new SourceFile("test.wit", text));
        result.Diagnostics.ShouldBeEmpty(string.Join("\n", result.Diagnostics));
        return result.Document;
    }

    /// <summary>The first diagnostic for invalid text, as <c>line:col: message</c>.</summary>
    public static string FirstError(string text)
    {
        var result = WitParser.Parse(new SourceFile("test.wit", text));
        result.HasErrors.ShouldBeTrue("the input should have been rejected");
        var diagnostic = result.Diagnostics[0];
        return $"{diagnostic.Location!.Value.Line}:{diagnostic.Location!.Value.Column}: {diagnostic.Message}";
    }

    /// <summary>The single interface of a document.</summary>
    public static InterfaceSyntax Interface(WitDocument document) => document.Items.OfType<InterfaceSyntax>().Single();

    /// <summary>The single world of a document.</summary>
    public static WorldSyntax World(WitDocument document) => document.Items.OfType<WorldSyntax>().Single();

    /// <summary>The aliased type of <c>type name = …;</c> in an interface.</summary>
    public static TypeSyntax AliasedType(InterfaceSyntax iface, string name) =>
        iface.Items.OfType<InterfaceTypeDef>().Select(t => t.TypeDef).OfType<TypeAliasSyntax>().Single(t => t.Name.Name == name).Type;
}
