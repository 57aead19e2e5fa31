using WitBindgen.Wit.Diagnostics;
using WitBindgen.Wit.Syntax;

namespace WitBindgen.Wit.Resolution;

/// <summary>Resolves parsed WIT packages into a <see cref="Model.WitModel"/>.</summary>
public static class WitResolver
{
    /// <summary>
    /// How many levels a type may nest through the types it refers to (each alias, option, list, record, … is one):
    /// far beyond real WIT (WASI's deepest types nest fewer than ten), and well within what code generation walks.
    /// </summary>
    public const int MaxTypeDepth = 100;

    /// <summary>Parses and resolves the input. Never throws: problems become diagnostics.</summary>
    public static ResolveResult Resolve(WitInput input) => Resolve(input, WitParser.Parse);

    /// <summary>
    /// Resolves one package's syntax that was built rather than parsed (the types of a component binary), as the
    /// only root file; no features are enabled. Never throws.
    /// </summary>
    internal static ResolveResult Resolve(WitDocument document)
    {
        var input = new WitInput(EquatableArray.Create(document.Source), EquatableArray<DependencyGroup>.Empty, EquatableArray<string>.Empty);
        return Resolve(input, _ => new WitParseResult(document, EquatableArray<Diagnostic>.Empty));
    }

    /// <summary>
    /// Resolves the input, parsing each file with <paramref name="parse"/>: a caller that resolves edited
    /// versions of one input again and again (the source generator) passes a parser that returns the results
    /// of unchanged files from a cache. Parse results are immutable, so one can serve many resolutions.
    /// </summary>
    public static ResolveResult Resolve(WitInput input, Func<SourceFile, WitParseResult> parse)
    {
        var diagnostics = new DiagnosticBag();
        try
        {
            var groups = Parse(input, parse, diagnostics);
            if (diagnostics.HasErrors)
            {
                return new ResolveResult(null, diagnostics.ToEquatableArray());
            }

            var state = new ResolveState(input.Features);
            foreach (var package in PackageOrder.Sort(ResolvePackages(groups)))
            {
                var id = PackageAppender.Append(state, package);
                if (package.Source.IsRoot)
                {
                    state.RootPackages.Add(id);
                }
            }

            TypeDepth.Check(state, MaxTypeDepth);
            return new ResolveResult(state.ToModel(), diagnostics.ToEquatableArray());
        }
        catch (ResolutionError error)
        {
            diagnostics.Add(error.Diagnostic);
        }
        catch (InsufficientExecutionStackException)
        {
            diagnostics.Report(WitDiagnostics.NestingTooDeep, null, "definition");
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            diagnostics.Report(WitDiagnostics.InternalError, null, $"{ex.GetType().Name}: {ex.Message}");
        }

        return new ResolveResult(null, diagnostics.ToEquatableArray());
    }

    /// <summary>Parses the root files and each dependency group; the root group comes first.</summary>
    private static List<(List<WitDocument> Documents, bool IsRoot)> Parse(WitInput input, Func<SourceFile, WitParseResult> parse, DiagnosticBag diagnostics)
    {
        var groups = new List<(List<WitDocument>, bool)>(input.Dependencies.Count + 1) { (ParseAll(input.RootFiles, parse, diagnostics), true) };
        foreach (var dependency in input.Dependencies)
        {
            groups.Add((ParseAll(dependency.Files, parse, diagnostics), false));
        }

        return groups;
    }

    private static List<WitDocument> ParseAll(EquatableArray<SourceFile> files, Func<SourceFile, WitParseResult> parse, DiagnosticBag diagnostics)
    {
        var documents = new List<WitDocument>(files.Count);
        foreach (var file in files)
        {
            var result = parse(file);
            diagnostics.AddRange(result.Diagnostics);
            documents.Add(result.Document);
        }

        return documents;
    }

    /// <summary>Resolves each package on its own, group by group, as wit-parser does before ordering them.</summary>
    private static List<UnresolvedPackage> ResolvePackages(List<(List<WitDocument> Documents, bool IsRoot)> groups)
    {
        var packages = new List<UnresolvedPackage>();
        foreach (var (documents, isRoot) in groups)
        {
            foreach (var source in PackageSource.Group(documents))
            {
                source.IsRoot = isRoot;
                packages.Add(PackageResolver.Resolve(source));
            }
        }

        return packages;
    }
}
