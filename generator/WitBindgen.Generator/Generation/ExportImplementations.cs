using System.Text;
using Microsoft.CodeAnalysis;
using WitBindgen.CodeGen;
using WitBindgen.Generator.Diagnostics;
using WitBindgen.Wit;
using WitBindgen.Wit.Diagnostics;
using Diagnostic = Microsoft.CodeAnalysis.Diagnostic;
using WitDescriptor = WitBindgen.Wit.Diagnostics.DiagnosticDescriptor;
using WitDiagnostic = WitBindgen.Wit.Diagnostics.Diagnostic;

namespace WitBindgen.Generator.Generation;

/// <summary>
/// Finds the class that implements each export of a guest world and generates the
/// <c>CreateImplementation</c> partial method that creates it, so a component needs no registration code.
/// </summary>
/// <remarks>
/// <para>
/// The generated interface (<c>ICalculator</c>) is added by this generator, so the project's classes cannot be
/// bound to it semantically in the same run. A class, record or struct implements an export when its own base
/// list names the generated interface, matched by name: <c>global::Ns.ICalculator</c> or a <c>using</c> alias of
/// it always; <c>Ns.ICalculator</c> when written in full or relative to an enclosing namespace; the simple name
/// <c>ICalculator</c> only when <c>Ns</c> is an enclosing namespace or is imported by a <c>using</c> of the
/// file, of an enclosing namespace block, or a <c>global using</c> of the project. A class that implements the
/// interface only through a base class is not found: name it with the attribute.
/// </para>
/// <para>
/// Per export: when the project implements <c>CreateImplementation</c> itself, nothing is generated. Otherwise
/// <c>[assembly: WitBindgen.WitExportImplementation("ns:pkg/iface", typeof(T))]</c> picks the class; without it,
/// the one non-abstract implementing class is used, more than one is an error (WIT0931) at each of them (as are
/// two attributes for one export), and
/// none is a warning (WIT0930) at the world. A project that assigns <c>…Exports.Implementation</c> gets neither
/// diagnostic: it chose at startup.
/// The class must be creatable by <c>new T()</c> from the exports class (WIT0932).
/// </para>
/// <para>
/// The pipeline only reads syntax into value models and joins them with the exports the WIT step already
/// produced, so editing C# never reruns the WIT generation, and only the registration output can change.
/// </para>
/// </remarks>
internal static class ExportImplementations
{
    /// <summary>The tracking names of the discovery stages, for tests that check what was cached.</summary>
    internal static class Steps
    {
        /// <summary>Each class, record or struct declaration read into facts.</summary>
        public const string Types = "WitImplementationTypes";

        /// <summary>Everything the project's C# tells discovery.</summary>
        public const string Code = "WitProjectCode";

        /// <summary>The exports of every guest item.</summary>
        public const string Exports = "WitGuestExports";

        /// <summary>The registrations and diagnostics.</summary>
        public const string Discovery = "WitImplementations";

        /// <summary>The registration files to add.</summary>
        public const string Registrations = "WitRegistrations";

        /// <summary>The diagnostics to report.</summary>
        public const string Problems = "WitImplementationProblems";
    }

    /// <summary>Adds the discovery pipeline, fed by the WIT step's outputs.</summary>
    public static void Register(
        IncrementalGeneratorInitializationContext context,
        IncrementalValuesProvider<GroupOutput> generated,
        IncrementalValueProvider<ReferencedRuntimes> runtimes)
    {
        var types = context.SyntaxProvider
            .CreateSyntaxProvider(ExportImplementationSyntax.IsCandidate, ExportImplementationSyntax.ReadType)
            .WithTrackingName(Steps.Types);
        var globalUsings = context.SyntaxProvider
            .CreateSyntaxProvider(ExportImplementationSyntax.IsGlobalUsing, ExportImplementationSyntax.ReadGlobalUsing);
        var assignments = context.SyntaxProvider
            .CreateSyntaxProvider(ExportImplementationSyntax.IsImplementationAssignment, ExportImplementationSyntax.ReadImplementationAssignment);
        var named = context.SyntaxProvider
            .CreateSyntaxProvider(ExportImplementationSyntax.IsNamedImplementation, ExportImplementationSyntax.ReadNamedImplementation);

        var code = types.Collect()
            .Combine(globalUsings.Collect())
            .Combine(assignments.Collect())
            .Combine(named.Collect())
            .Select(static (all, _) => new ProjectCode(
                all.Left.Left.Left.OrderBy(t => t.FullName, StringComparer.Ordinal).ThenBy(t => t.Location.Path, StringComparer.Ordinal).ThenBy(t => t.Location.Start).ToEquatableArray(),
                all.Left.Left.Right.Distinct(StringComparer.Ordinal).OrderBy(u => u, StringComparer.Ordinal).ToEquatableArray(),
                all.Left.Right.Distinct().OrderBy(a => a.ClassName, StringComparer.Ordinal).ToEquatableArray(),
                all.Right.OrderBy(n => n.Location.Path, StringComparer.Ordinal).ThenBy(n => n.Location.Start).ToEquatableArray()))
            .WithTrackingName(Steps.Code);

        var exports = generated
            .Select(static (output, _) => output.Mode == BindingMode.Guest ? output.Exports : EquatableArray<GuestExport>.Empty)
            .Collect()
            .Select(static (all, _) => all
                .SelectMany(e => e)
                .GroupBy(e => e.Namespace + "." + e.ExportsClassName, StringComparer.Ordinal)
                .Select(g => g.First())
                .OrderBy(e => e.Namespace + "." + e.ExportsClassName, StringComparer.Ordinal)
                .ToEquatableArray())
            .WithTrackingName(Steps.Exports);

        var discovery = exports
            .Combine(code)
            .Select(static (pair, _) => Discover(pair.Left, pair.Right))
            .WithTrackingName(Steps.Discovery);

        // Nothing is added or reported unless the bindings themselves were. Files and diagnostics leave through
        // separate outputs, so a diagnostic that only moved (the world, a class) adds no registration again.
        var emitted = discovery
            .Combine(runtimes)
            .Select(static (pair, _) => pair.Right.HasTypes ? pair.Left : DiscoveryOutput.Empty);
        var registrations = emitted
            .Select(static (output, _) => output.Files)
            .WithTrackingName(Steps.Registrations);
        var problems = emitted
            .Select(static (output, _) => output.Diagnostics)
            .WithTrackingName(Steps.Problems);
        context.RegisterSourceOutput(registrations, SourceEmitter.AddSources);
        context.RegisterSourceOutput(problems, Report);
    }

    /// <summary>Decides, for each export, which class implements it, and writes the registrations.</summary>
    public static DiscoveryOutput Discover(EquatableArray<GuestExport> exports, ProjectCode code)
    {
        var files = new List<GeneratedFile>();
        var diagnostics = new List<DiscoveryDiagnostic>();
        if (exports.IsEmpty)
        {
            return new DiscoveryOutput(files.ToEquatableArray(), diagnostics.ToEquatableArray());
        }

        var types = code.Types.GroupBy(t => t.FullName, StringComparer.Ordinal).Select(g => g.ToList()).ToList();
        foreach (var export in exports)
        {
            var exportsClass = export.Namespace + "." + export.ExportsClassName;
            if (types.Any(parts => parts[0].FullName == exportsClass && parts.Any(p => p.DefinesCreateImplementation)))
            {
                continue;
            }

            if (Choose(export, types, code, diagnostics) is not { } chosen)
            {
                continue;
            }

            if (WhyNotCreatable(chosen) is { } reason)
            {
                diagnostics.Add(CSharp(
                    WitDiagnostics.ExportImplementationNotCreatable,
                    FirstImplementing(chosen, export, code).Location,
                    export.WitName,
                    chosen[0].FullName,
                    reason,
                    export.ExportsClassName));
                continue;
            }

            files.Add(Registration(export, chosen[0].FullName));
        }

        foreach (var attribute in code.Named)
        {
            if (attribute.Export is not { } name || !exports.Any(e => Names(e, name)))
            {
                diagnostics.Add(CSharp(
                    WitDiagnostics.UnknownNamedExport,
                    attribute.Location,
                    attribute.Export ?? "(not a string literal)",
                    string.Join(", ", exports.Select(e => e.WitName))));
            }
        }

        return new DiscoveryOutput(files.ToEquatableArray(), diagnostics.ToEquatableArray());
    }

    /// <summary>The parts of the class to register for <paramref name="export"/>, or null (with any diagnostic added) when there is none to register.</summary>
    private static List<TypeDeclarationFacts>? Choose(
        GuestExport export,
        List<List<TypeDeclarationFacts>> types,
        ProjectCode code,
        List<DiscoveryDiagnostic> diagnostics)
    {
        var implementers = types.Where(parts => parts.Any(p => p.Bases.Any(b => Refers(b, p.Scope, code.GlobalUsings, export)))).ToList();
        var naming = code.Named.Where(n => n.Export is { } name && Names(export, name)).ToList();
        if (naming.Count > 1)
        {
            var list = string.Join(", ", naming.Select(n => n.Type?.Name ?? "?"));
            diagnostics.AddRange(naming.Select(n => CSharp(WitDiagnostics.AmbiguousExportImplementation, n.Location, export.WitName, list)));
            return null;
        }

        if (naming.Count == 1)
        {
            var attribute = naming[0];
            var possible = attribute.Type is { } written ? Possible(written, attribute.Scope, code.GlobalUsings) : new HashSet<string>();
            var named = implementers.FirstOrDefault(parts => possible.Contains(parts[0].FullName));
            if (named is null)
            {
                diagnostics.Add(CSharp(
                    WitDiagnostics.NamedTypeNotImplementation,
                    attribute.Location,
                    export.WitName,
                    attribute.Type?.Name ?? "?",
                    export.Namespace + "." + export.InterfaceName));
            }

            return named;
        }

        // A project that assigns the implementation at startup has chosen itself; one class found is still
        // registered, as the fallback for an export called before the assignment.
        var assigns = code.Assignments.Any(a => a.ClassName == export.ExportsClassName);
        var concrete = implementers.Where(parts => !parts.Any(p => p.IsAbstract)).ToList();
        if (concrete.Count == 1)
        {
            return concrete[0];
        }

        if (assigns)
        {
            return null;
        }

        if (concrete.Count == 0)
        {
            diagnostics.Add(new DiscoveryDiagnostic(
                WitDiagnostics.NoExportImplementation,
                WitDiagnostics.NoExportImplementation.Format(export.WitName, export.InterfaceName, export.ExportsClassName),
                null,
                export.WorldLocation));
            return null;
        }

        var names = string.Join(", ", concrete.Select(parts => parts[0].FullName));
        diagnostics.AddRange(concrete.Select(parts => CSharp(WitDiagnostics.AmbiguousExportImplementation, FirstImplementing(parts, export, code).Location, export.WitName, names)));
        return null;
    }

    /// <summary>Whether the attribute's export name is <paramref name="export"/>'s WIT name, with or without its version.</summary>
    private static bool Names(GuestExport export, string name)
    {
        if (string.Equals(export.WitName, name, StringComparison.Ordinal))
        {
            return true;
        }

        var at = export.WitName.IndexOf('@');
        return at > 0 && string.Equals(export.WitName.Substring(0, at), name, StringComparison.Ordinal);
    }

    /// <summary>Whether a base-list name refers to the export's generated interface (the rule in the remarks above).</summary>
    internal static bool Refers(WrittenTypeName written, UsingScope scope, EquatableArray<string> globalUsings, GuestExport export)
    {
        var full = export.Namespace + "." + export.InterfaceName;
        if (written.IsGlobal)
        {
            return written.Name == full;
        }

        if (written.Name == export.InterfaceName)
        {
            return scope.EnclosingNamespaces.Contains(export.Namespace)
                || scope.Usings.Contains(export.Namespace)
                || globalUsings.Contains(export.Namespace);
        }

        return written.Name == full || scope.EnclosingNamespaces.Any(ns => ns + "." + written.Name == full);
    }

    /// <summary>The full names a type name written in an attribute can stand for.</summary>
    private static HashSet<string> Possible(WrittenTypeName written, UsingScope scope, EquatableArray<string> globalUsings)
    {
        var names = new HashSet<string>(StringComparer.Ordinal) { written.Name };
        if (!written.IsGlobal)
        {
            foreach (var ns in scope.EnclosingNamespaces.Concat(scope.Usings).Concat(globalUsings))
            {
                names.Add(ns + "." + written.Name);
            }
        }

        return names;
    }

    /// <summary>The part whose base list names the interface, for locating a diagnostic; the first part otherwise.</summary>
    private static TypeDeclarationFacts FirstImplementing(List<TypeDeclarationFacts> parts, GuestExport export, ProjectCode code) =>
        parts.FirstOrDefault(p => p.Bases.Any(b => Refers(b, p.Scope, code.GlobalUsings, export))) ?? parts[0];

    /// <summary>Why <c>new T()</c> in the exports class would not compile, or null when it does.</summary>
    private static string? WhyNotCreatable(List<TypeDeclarationFacts> parts)
    {
        if (parts.Any(p => p.IsAbstract))
        {
            return "it is abstract";
        }

        if (parts.Any(p => p.IsGeneric))
        {
            return "it is generic";
        }

        var accessibility = parts.Select(p => p.Accessibility).FirstOrDefault(a => a.Length > 0) ?? string.Empty;
        if (accessibility == "file")
        {
            return "it is a file-local type; make it internal or public";
        }

        var isPrivate = accessibility is "private" or "protected" or "private protected" or "protected private"
            || (accessibility.Length == 0 && parts[0].IsNested);
        if (isPrivate || parts.Any(p => p.InsideInaccessibleType))
        {
            return "it is not accessible outside its containing type; make it internal or public";
        }

        var hasParameterless = parts.Any(p => p.IsStruct)
            || parts.Any(p => p.Constructors.Any(usable => usable))
            || !parts.Any(p => p.Constructors.Count > 0);
        return hasParameterless ? null : "it has no internal or public constructor without parameters";
    }

    private static GeneratedFile Registration(GuestExport export, string typeName)
    {
        var text = new StringBuilder()
            .Append("// <auto-generated/>\n")
            .Append("#nullable enable\n")
            .Append('\n')
            .Append("namespace ").Append(export.Namespace).Append(";\n")
            .Append('\n')
            .Append("static partial class ").Append(export.ExportsClassName).Append('\n')
            .Append("{\n")
            .Append("    /// <summary>Creates <see cref=\"global::").Append(typeName).Append("\"/>, the class of this project that implements <see cref=\"")
            .Append(export.InterfaceName).Append("\"/>.</summary>\n")
            .Append("    static partial void CreateImplementation(ref ").Append(export.InterfaceName).Append("? implementation) =>\n")
            .Append("        implementation = new global::").Append(typeName).Append("();\n")
            .Append("}\n")
            .ToString();
        return new GeneratedFile(export.Namespace + "." + export.ExportsClassName + ".Implementation.g.cs", text);
    }

    private static DiscoveryDiagnostic CSharp(WitDescriptor descriptor, CSharpSpan location, params object?[] args) =>
        new(descriptor, descriptor.Format(args), location, null);

    /// <summary>Reports each diagnostic at its place in the C# code or, for a missing implementation, at the world.</summary>
    private static void Report(SourceProductionContext context, EquatableArray<DiscoveryDiagnostic> diagnostics)
    {
        foreach (var d in diagnostics)
        {
            context.ReportDiagnostic(d.CSharpLocation is { } span
                ? Diagnostic.Create(RoslynDiagnostics.DescriptorFor(d.Descriptor), span.ToLocation(), d.Message)
                : RoslynDiagnostics.Create(new WitDiagnostic(d.Descriptor, d.Message, d.WitLocation)));
        }
    }
}
