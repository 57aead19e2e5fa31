using Microsoft.CodeAnalysis;
using WitBindgen.Generator.Diagnostics;
using WitBindgen.Generator.Generation;
using WitBindgen.Generator.Inputs;
using WitBindgen.Wit;

namespace WitBindgen.Generator;

/// <summary>
/// Generates C# bindings for the WIT a project lists with <c>&lt;Wit Include="wit/" World="…" Mode="Host" /&gt;</c>
/// items. The build turns each item into additional files carrying the item's settings as metadata; this
/// generator groups them back per item, resolves the WIT and adds the generated C#, reporting WIT problems as
/// compiler diagnostics located in the .wit files.
/// </summary>
/// <remarks>
/// Every stage works on value-equal models (paths, texts, settings; no syntax trees, symbols or locations),
/// so an edit reruns only the item it touches, and an edit that does not change the generated code (such as
/// whitespace in a .wit file) leaves the compilation's generated sources untouched. Diagnostics leave through an
/// output of their own, so moving one (a comment line above it) reports it at its new place and adds no file again.
/// </remarks>
[Generator(LanguageNames.CSharp)]
public sealed class WitBindingsGenerator : IIncrementalGenerator
{
    /// <summary>The tracking names of the pipeline's stages, for tests that check what was cached.</summary>
    internal static class Steps
    {
        /// <summary>Each .wit additional file read into a <see cref="WitFile"/>.</summary>
        public const string Files = "WitFiles";

        /// <summary>The files grouped per <c>&lt;Wit&gt;</c> item.</summary>
        public const string Groups = "WitGroups";

        /// <summary>Each item resolved and generated.</summary>
        public const string Generated = "WitGenerated";

        /// <summary>What each item adds to the compilation, without its diagnostics.</summary>
        public const string Sources = "WitSources";

        /// <summary>The files all items add together.</summary>
        public const string Plan = "WitSourcePlan";

        /// <summary>Every diagnostic to report.</summary>
        public const string Diagnostics = "WitDiagnostics";

        /// <summary>Which runtime assemblies the compilation references.</summary>
        public const string Runtimes = "WitRuntimes";

        /// <summary>The interfaces whose types referenced assemblies declare.</summary>
        public const string Reused = "WitReusedInterfaces";

        /// <summary>The root namespaces of the referenced assemblies.</summary>
        public const string Namespaces = "WitReferencedNamespaces";
    }

    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var files = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, cancellationToken) => BuildOptionsReader.ReadFile(pair.Left, pair.Right, cancellationToken))
            .Where(static file => file is not null)
            .Select(static (file, _) => file!)
            .WithTrackingName(Steps.Files);

        var defaults = context.AnalyzerConfigOptionsProvider
            .Select(static (options, _) => BuildOptionsReader.ReadDefaults(options));

        var groups = files
            .Collect()
            .Combine(defaults)
            .SelectMany(static (pair, _) => WitGrouper.Group(pair.Left, pair.Right))
            .WithTrackingName(Steps.Groups);

        // Types that referenced assemblies declare already are reused, not generated again.
        // <WitBindgenReuseTypes>false</WitBindgenReuseTypes> turns that off and declares every type in the project.
        var reuseTypes = context.AnalyzerConfigOptionsProvider
            .Select(static (options, _) => BuildOptionsReader.ReadReuseTypes(options));
        var reused = context.CompilationProvider
            .Combine(reuseTypes)
            .Select(static (pair, cancellationToken) => pair.Right
                ? ReferencedInterfaces.From(pair.Left, cancellationToken)
                : Wit.EquatableArray<CodeGen.ReusedInterface>.Empty)
            .WithTrackingName(Steps.Reused);

        // Namespaces derived from WIT packages must not add to a referenced assembly's root namespace (WIT0918).
        var namespaces = context.CompilationProvider
            .Select(static (compilation, cancellationToken) => ReferencedNamespaces.From(compilation, cancellationToken))
            .WithTrackingName(Steps.Namespaces);

        var generated = groups
            .Combine(reused)
            .Combine(namespaces)
            .Select(static (pair, cancellationToken) => GroupGenerator.Generate(pair.Left.Left, pair.Left.Right, pair.Right, cancellationToken))
            .WithTrackingName(Steps.Generated);

        var runtimes = context.CompilationProvider
            .Select(static (compilation, _) => ReferencedRuntimes.From(compilation))
            .WithTrackingName(Steps.Runtimes);

        // Files and diagnostics leave through separate outputs: an edit that only moves a diagnostic (a comment
        // line above it) changes the diagnostics, not the sources, so no generated file is added again.
        var plan = generated
            .Select(static (output, _) => output.Sources)
            .WithTrackingName(Steps.Sources)
            .Collect()
            .Combine(runtimes)
            .Select(static (pair, _) => SourceEmitter.Plan(pair.Left, pair.Right))
            .WithTrackingName(Steps.Plan);
        var diagnostics = generated
            .Select(static (output, _) => output.Diagnostics)
            .Collect()
            .Combine(plan.Select(static (sources, _) => sources.Diagnostics))
            .Select(static (pair, _) => pair.Left.SelectMany(static item => item).Concat(pair.Right).ToEquatableArray())
            .WithTrackingName(Steps.Diagnostics);

        context.RegisterSourceOutput(plan.Select(static (sources, _) => sources.Files), SourceEmitter.AddSources);
        context.RegisterSourceOutput(diagnostics, RoslynDiagnostics.Report);

        // Guest exports: find the class implementing each one and generate its registration (C# input only).
        ExportImplementations.Register(context, generated, runtimes);
    }
}
