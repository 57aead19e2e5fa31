using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using WitBindgen.Wit;

namespace WitBindgen.Generator.Generation;

/// <summary>
/// Reads what discovery needs from C# syntax alone. The generated interfaces are added by this same generator,
/// so they cannot be bound in the run that adds them; names are matched as written instead (see
/// <see cref="ExportImplementations"/> for the rule).
/// </summary>
internal static class ExportImplementationSyntax
{
    /// <summary>The attribute's simple names, with and without the suffix.</summary>
    private const string AttributeName = "WitExportImplementation";

    /// <summary>Classes, records and structs that list bases or are partial (another part may list them).</summary>
    public static bool IsCandidate(SyntaxNode node, CancellationToken _) =>
        node is ClassDeclarationSyntax or StructDeclarationSyntax or RecordDeclarationSyntax
        && (((TypeDeclarationSyntax)node).BaseList is not null || ((TypeDeclarationSyntax)node).Modifiers.Any(SyntaxKind.PartialKeyword));

    /// <summary>The facts of one declaration.</summary>
    public static TypeDeclarationFacts ReadType(GeneratorSyntaxContext context, CancellationToken cancellationToken)
    {
        var type = (TypeDeclarationSyntax)context.Node;
        cancellationToken.ThrowIfCancellationRequested();
        var aliases = Aliases(type);
        var bases = type.BaseList?.Types
            .Select(b => Written(b.Type, aliases))
            .Where(n => n is not null)
            .Select(n => n!)
            .ToEquatableArray() ?? EquatableArray<WrittenTypeName>.Empty;

        var isGeneric = type.TypeParameterList is not null;
        var insideInaccessible = false;
        var names = new List<string> { type.Identifier.ValueText };
        for (var parent = type.Parent as TypeDeclarationSyntax; parent is not null; parent = parent.Parent as TypeDeclarationSyntax)
        {
            names.Insert(0, parent.Identifier.ValueText);
            isGeneric |= parent.TypeParameterList is not null;
            insideInaccessible |= IsInaccessible(parent.Modifiers);
        }

        var scope = Scope(type);
        var ns = scope.EnclosingNamespaces.Count > 0 ? scope.EnclosingNamespaces[0] + "." : string.Empty;
        var isStruct = type is StructDeclarationSyntax
            || (type is RecordDeclarationSyntax record && record.ClassOrStructKeyword.IsKind(SyntaxKind.StructKeyword));
        var constructors = type.Members
            .OfType<ConstructorDeclarationSyntax>()
            .Where(c => !c.Modifiers.Any(SyntaxKind.StaticKeyword))
            .Select(c => !IsInaccessible(c.Modifiers) && CallableWithoutArguments(c.ParameterList))
            .ToList();
        if (type.ParameterList is { } primary)
        {
            // A primary constructor is public, and the only one unless others chain to it.
            constructors.Add(CallableWithoutArguments(primary));
        }

        var definesCreate = type.Members
            .OfType<MethodDeclarationSyntax>()
            .Any(m => m.Identifier.ValueText == "CreateImplementation" && (m.Body is not null || m.ExpressionBody is not null));

        return new TypeDeclarationFacts(
            ns + string.Join(".", names),
            type.Modifiers.Any(SyntaxKind.AbstractKeyword) || type.Modifiers.Any(SyntaxKind.StaticKeyword),
            isGeneric,
            isStruct,
            string.Join(" ", type.Modifiers.Where(m => SyntaxFacts.IsAccessibilityModifier(m.Kind()) || m.IsKind(SyntaxKind.FileKeyword)).Select(m => m.ValueText)),
            type.Parent is TypeDeclarationSyntax,
            insideInaccessible,
            constructors.ToEquatableArray(),
            bases,
            scope,
            definesCreate,
            CSharpSpan.Of(type.Identifier));
    }

    /// <summary>A <c>global using N;</c> directive (not an alias, not static).</summary>
    public static bool IsGlobalUsing(SyntaxNode node, CancellationToken _) =>
        node is UsingDirectiveSyntax { Alias: null } u && u.GlobalKeyword.IsKind(SyntaxKind.GlobalKeyword) && !u.StaticKeyword.IsKind(SyntaxKind.StaticKeyword);

    /// <summary>The namespace a global using imports.</summary>
    public static string ReadGlobalUsing(GeneratorSyntaxContext context, CancellationToken _) =>
        Dotted(((UsingDirectiveSyntax)context.Node).Name) ?? string.Empty;

    /// <summary>An assignment to a member named <c>Implementation</c> of a qualified target, such as <c>CalculatorExports.Implementation = …</c>.</summary>
    public static bool IsImplementationAssignment(SyntaxNode node, CancellationToken _) =>
        node is AssignmentExpressionSyntax { Left: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Implementation" } } a
        && a.IsKind(SyntaxKind.SimpleAssignmentExpression);

    /// <summary>The class the assignment names.</summary>
    public static ImplementationAssignment ReadImplementationAssignment(GeneratorSyntaxContext context, CancellationToken _)
    {
        var target = ((MemberAccessExpressionSyntax)((AssignmentExpressionSyntax)context.Node).Left).Expression;
        var name = target switch
        {
            SimpleNameSyntax simple => simple.Identifier.ValueText,
            MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText,
            AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
            _ => string.Empty,
        };
        return new ImplementationAssignment(name);
    }

    /// <summary>An assembly attribute named <c>WitExportImplementation</c>, written in any qualified form.</summary>
    public static bool IsNamedImplementation(SyntaxNode node, CancellationToken _)
    {
        if (node is not AttributeSyntax { Parent: AttributeListSyntax { Target.Identifier: var target } } attribute
            || !target.IsKind(SyntaxKind.AssemblyKeyword))
        {
            return false;
        }

        var name = attribute.Name switch
        {
            QualifiedNameSyntax q => q.Right.Identifier.ValueText,
            AliasQualifiedNameSyntax a => a.Name.Identifier.ValueText,
            SimpleNameSyntax s => s.Identifier.ValueText,
            _ => string.Empty,
        };
        return name is AttributeName or AttributeName + "Attribute";
    }

    /// <summary>The export and type the attribute names.</summary>
    public static NamedImplementation ReadNamedImplementation(GeneratorSyntaxContext context, CancellationToken _)
    {
        var attribute = (AttributeSyntax)context.Node;
        var arguments = attribute.ArgumentList?.Arguments ?? default;
        string? export = null;
        WrittenTypeName? type = null;
        if (arguments.Count > 0 && arguments[0].Expression is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression))
        {
            export = literal.Token.ValueText;
        }

        if (arguments.Count > 1 && arguments[1].Expression is TypeOfExpressionSyntax typeOf)
        {
            type = Written(typeOf.Type, Aliases(attribute));
        }

        return new NamedImplementation(export, type, Scope(attribute), CSharpSpan.Of(attribute));
    }

    private static bool CallableWithoutArguments(ParameterListSyntax parameters) =>
        parameters.Parameters.All(p => p.Default is not null || p.Modifiers.Any(SyntaxKind.ParamsKeyword));

    private static bool IsInaccessible(SyntaxTokenList modifiers) =>
        modifiers.Any(SyntaxKind.PrivateKeyword) || (modifiers.Any(SyntaxKind.ProtectedKeyword) && !modifiers.Any(SyntaxKind.InternalKeyword));

    /// <summary>The enclosing namespaces and the using namespaces in scope at <paramref name="node"/>.</summary>
    private static UsingScope Scope(SyntaxNode node)
    {
        var enclosing = new List<string>();
        var usings = new List<string>();
        for (var parent = node.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is BaseNamespaceDeclarationSyntax ns)
            {
                AddUsings(ns.Usings, usings);
                // `namespace A.B { namespace C {} }` declares A.B.C: prepend the outer name to the inner ones found so far.
                var name = Dotted(ns.Name) ?? string.Empty;
                for (var k = 0; k < enclosing.Count; k++)
                {
                    enclosing[k] = name + "." + enclosing[k];
                }

                var parts = name.Split('.');
                for (var k = parts.Length; k > 0; k--)
                {
                    enclosing.Add(string.Join(".", parts, 0, k));
                }
            }
            else if (parent is CompilationUnitSyntax unit)
            {
                AddUsings(unit.Usings, usings);
            }
        }

        return new UsingScope(enclosing.ToEquatableArray(), usings.ToEquatableArray());
    }

    private static void AddUsings(SyntaxList<UsingDirectiveSyntax> directives, List<string> usings)
    {
        foreach (var u in directives)
        {
            if (u.Alias is null && !u.StaticKeyword.IsKind(SyntaxKind.StaticKeyword) && Dotted(u.Name) is { } name)
            {
                usings.Add(name);
            }
        }
    }

    /// <summary>The alias directives in scope at <paramref name="node"/>, by alias name.</summary>
    private static Dictionary<string, string> Aliases(SyntaxNode node)
    {
        var aliases = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var parent = node.Parent; parent is not null; parent = parent.Parent)
        {
            var directives = parent switch
            {
                BaseNamespaceDeclarationSyntax ns => ns.Usings,
                CompilationUnitSyntax unit => unit.Usings,
                _ => default,
            };
            foreach (var u in directives)
            {
                if (u.Alias is { } alias && Dotted(u.Name) is { } target && !aliases.ContainsKey(alias.Name.Identifier.ValueText))
                {
                    aliases.Add(alias.Name.Identifier.ValueText, target.StartsWith("global::", StringComparison.Ordinal) ? target.Substring(8) : target);
                }
            }
        }

        return aliases;
    }

    /// <summary>A base type as written, with a leading alias replaced; null for generic, array or other non-name types.</summary>
    private static WrittenTypeName? Written(TypeSyntax type, Dictionary<string, string> aliases)
    {
        if (Dotted(type) is not { } name)
        {
            return null;
        }

        if (name.StartsWith("global::", StringComparison.Ordinal))
        {
            return new WrittenTypeName(name.Substring(8), IsGlobal: true);
        }

        var dot = name.IndexOf('.');
        var first = dot < 0 ? name : name.Substring(0, dot);
        return aliases.TryGetValue(first, out var target)
            ? new WrittenTypeName(dot < 0 ? target : target + name.Substring(dot), IsGlobal: true)
            : new WrittenTypeName(name, IsGlobal: false);
    }

    /// <summary><c>A.B.C</c> or <c>global::A.B</c> for a name made of identifiers; null for anything else.</summary>
    private static string? Dotted(SyntaxNode? node) => node switch
    {
        IdentifierNameSyntax id => id.Identifier.ValueText,
        QualifiedNameSyntax q when Dotted(q.Left) is { } left && Dotted(q.Right) is { } right => left + "." + right,
        AliasQualifiedNameSyntax a when a.Alias.Identifier.IsKind(SyntaxKind.GlobalKeyword) && Dotted(a.Name) is { } rest => "global::" + rest,
        _ => null,
    };
}
