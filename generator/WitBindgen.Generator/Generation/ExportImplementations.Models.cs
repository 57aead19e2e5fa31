using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using TextSpan = Microsoft.CodeAnalysis.Text.TextSpan;
using WitBindgen.CodeGen;
using WitBindgen.Wit;
using WitDescriptor = WitBindgen.Wit.Diagnostics.DiagnosticDescriptor;

namespace WitBindgen.Generator.Generation;

/// <summary>
/// A place in a C# file, kept as values so pipeline models stay comparable; turned back into a
/// <see cref="Location"/> only when a diagnostic is reported.
/// </summary>
/// <param name="Path">The syntax tree's file path.</param>
/// <param name="Start">The span's start offset.</param>
/// <param name="Length">The span's length.</param>
/// <param name="StartLine">The zero-based start line.</param>
/// <param name="StartColumn">The zero-based start column.</param>
/// <param name="EndLine">The zero-based end line.</param>
/// <param name="EndColumn">The zero-based end column.</param>
internal sealed record CSharpSpan(string Path, int Start, int Length, int StartLine, int StartColumn, int EndLine, int EndColumn)
{
    /// <summary>The span of <paramref name="token"/> in its tree.</summary>
    public static CSharpSpan Of(SyntaxToken token)
    {
        var lines = token.GetLocation().GetLineSpan();
        return new CSharpSpan(
            token.SyntaxTree?.FilePath ?? string.Empty,
            token.Span.Start,
            token.Span.Length,
            lines.StartLinePosition.Line,
            lines.StartLinePosition.Character,
            lines.EndLinePosition.Line,
            lines.EndLinePosition.Character);
    }

    /// <summary>The span of <paramref name="node"/> in its tree.</summary>
    public static CSharpSpan Of(SyntaxNode node)
    {
        var lines = node.GetLocation().GetLineSpan();
        return new CSharpSpan(
            node.SyntaxTree.FilePath,
            node.Span.Start,
            node.Span.Length,
            lines.StartLinePosition.Line,
            lines.StartLinePosition.Character,
            lines.EndLinePosition.Line,
            lines.EndLinePosition.Character);
    }

    /// <summary>The compiler location.</summary>
    public Location ToLocation() => Location.Create(
        Path,
        new TextSpan(Start, Length),
        new LinePositionSpan(new LinePosition(StartLine, StartColumn), new LinePosition(EndLine, EndColumn)));
}

/// <summary>
/// The names a type name written in one place can stand for: the name as written (an alias already replaced by
/// its target, which then counts as fully qualified), and the namespaces in scope there.
/// </summary>
/// <param name="Name">The dotted name without type arguments, such as <c>ICalculator</c> or <c>Example.Calc.ICalculator</c>.</param>
/// <param name="IsGlobal">Whether the name is fully qualified (written with <c>global::</c>, or an alias target).</param>
internal sealed record WrittenTypeName(string Name, bool IsGlobal);

/// <summary>The namespaces in scope at a declaration: its enclosing namespaces and the file's <c>using</c> namespaces.</summary>
/// <param name="EnclosingNamespaces">The enclosing namespace and each of its parents, innermost first (no empty entry).</param>
/// <param name="Usings">The namespaces of the non-alias, non-static <c>using</c> directives of the file and the enclosing namespace blocks.</param>
internal sealed record UsingScope(EquatableArray<string> EnclosingNamespaces, EquatableArray<string> Usings);

/// <summary>
/// One declaration (one part, for a partial type) of a class, record or struct that has a base list or is
/// partial: what discovery needs, read from syntax alone.
/// </summary>
/// <param name="FullName">The namespace-and-containing-types qualified name, such as <c>App.Outer.Calculator</c>.</param>
/// <param name="IsAbstract">Declared abstract (or static): never instantiated.</param>
/// <param name="IsGeneric">Has type parameters (itself or a containing type): cannot be created without type arguments.</param>
/// <param name="IsStruct">A struct or record struct, which always has a parameterless constructor.</param>
/// <param name="Accessibility">The declared accessibility keywords of this part (<c>file</c> included), or empty when none are written.</param>
/// <param name="IsNested">Declared inside another type.</param>
/// <param name="InsideInaccessibleType">A containing type is declared private or protected.</param>
/// <param name="Constructors">This part's instance constructors, a primary constructor included: for each, whether it can be called without arguments from elsewhere in the assembly.</param>
/// <param name="Bases">The names in the base list.</param>
/// <param name="Scope">The namespaces in scope for <see cref="Bases"/>.</param>
/// <param name="DefinesCreateImplementation">Implements a method named <c>CreateImplementation</c> (with a body).</param>
/// <param name="Location">The type's identifier.</param>
internal sealed record TypeDeclarationFacts(
    string FullName,
    bool IsAbstract,
    bool IsGeneric,
    bool IsStruct,
    string Accessibility,
    bool IsNested,
    bool InsideInaccessibleType,
    EquatableArray<bool> Constructors,
    EquatableArray<WrittenTypeName> Bases,
    UsingScope Scope,
    bool DefinesCreateImplementation,
    CSharpSpan Location);

/// <summary>An assignment <c>X.Implementation = …</c>: the user sets an implementation at startup.</summary>
/// <param name="ClassName">The last identifier of <c>X</c>, such as <c>CalculatorExports</c>.</param>
internal sealed record ImplementationAssignment(string ClassName);

/// <summary><c>[assembly: WitExportImplementation("export", typeof(T))]</c>, read from syntax.</summary>
/// <param name="Export">The export's WIT name, or null when the argument is not a string literal.</param>
/// <param name="Type">The type named in <c>typeof</c>, or null when the argument is not a <c>typeof</c>.</param>
/// <param name="Scope">The namespaces in scope for <see cref="Type"/>.</param>
/// <param name="Location">The attribute.</param>
internal sealed record NamedImplementation(string? Export, WrittenTypeName? Type, UsingScope Scope, CSharpSpan Location);

/// <summary>A diagnostic of discovery, located in C# or in WIT.</summary>
/// <param name="Descriptor">What went wrong.</param>
/// <param name="Message">The formatted message.</param>
/// <param name="CSharpLocation">Where in C#, when the problem is in the project's code.</param>
/// <param name="WitLocation">Where in WIT, when the problem is the export itself.</param>
internal sealed record DiscoveryDiagnostic(WitDescriptor Descriptor, string Message, CSharpSpan? CSharpLocation, SourceLocation? WitLocation);

/// <summary>What discovery produced: the registration files and the diagnostics, compared by value.</summary>
/// <param name="Files">One file per export whose implementation was found.</param>
/// <param name="Diagnostics">Problems found, in a stable order.</param>
internal sealed record DiscoveryOutput(EquatableArray<GeneratedFile> Files, EquatableArray<DiscoveryDiagnostic> Diagnostics)
{
    /// <summary>Nothing to add or report.</summary>
    public static DiscoveryOutput Empty { get; } = new(EquatableArray<GeneratedFile>.Empty, EquatableArray<DiscoveryDiagnostic>.Empty);
}

/// <summary>Everything the C# side of the project tells discovery.</summary>
/// <param name="Types">Every candidate declaration, in a stable order.</param>
/// <param name="GlobalUsings">The namespaces of every <c>global using</c> directive.</param>
/// <param name="Assignments">Every assignment to an exports class's <c>Implementation</c>.</param>
/// <param name="Named">Every <c>WitExportImplementation</c> assembly attribute.</param>
internal sealed record ProjectCode(
    EquatableArray<TypeDeclarationFacts> Types,
    EquatableArray<string> GlobalUsings,
    EquatableArray<ImplementationAssignment> Assignments,
    EquatableArray<NamedImplementation> Named);
