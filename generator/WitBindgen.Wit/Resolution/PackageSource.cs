using WitBindgen.Wit.Diagnostics;
using WitBindgen.Wit.Model;
using WitBindgen.Wit.Syntax;

namespace WitBindgen.Wit.Resolution;

/// <summary>The top-level items of one file (or of one nested <c>package … { }</c> block).</summary>
internal sealed record DeclList(SourceFile File, EquatableArray<TopLevelItem> Items);

/// <summary>The syntax of one package, gathered from its files, before resolution.</summary>
internal sealed class PackageSource
{
    public PackageSource(PackageName name, SourceLocation nameLocation, string? docs, List<DeclList> declLists)
    {
        Name = name;
        NameLocation = nameLocation;
        Docs = docs;
        DeclLists = declLists;
    }

    public PackageName Name { get; }

    /// <summary>Where the package is named (its last <c>package</c> header, as wit-parser records).</summary>
    public SourceLocation NameLocation { get; }

    public string? Docs { get; }

    public List<DeclList> DeclLists { get; }

    /// <summary>Whether the user asked for this package (not pulled in from <c>deps/</c>).</summary>
    public bool IsRoot { get; set; }

    /// <summary>Converts a package name as written into a resolved name.</summary>
    public static PackageName ToName(PackageNameSyntax syntax) => new(syntax.Namespace, syntax.Name, syntax.Version);

    /// <summary>
    /// Groups the files of one package directory (or one file) into packages as wit-parser does:
    /// the files' headers must agree and at least one must exist when the files have top-level items;
    /// each nested <c>package … { }</c> block is a package of its own.
    /// </summary>
    public static List<PackageSource> Group(IReadOnlyList<WitDocument> documents)
    {
        PackageName? name = null;
        SourceLocation nameLocation = default;
        string? docs = null;
        var declLists = new List<DeclList>(documents.Count);
        var nested = new List<PackageSource>();
        var hasItems = false;
        foreach (var doc in documents)
        {
            if (doc.Package is { } header)
            {
                var current = ToName(header.Name);
                var location = doc.Source.GetLocation(header.Name.Span);
                if (name is not null && !name.Equals(current))
                {
                    throw ResolutionError.At(WitDiagnostics.ConflictingPackageName, location, current, name);
                }

                name = current;
                nameLocation = location;
                if (header.Docs.Contents is not null)
                {
                    if (docs is not null)
                    {
                        throw ResolutionError.At(WitDiagnostics.MultiplePackageDocs, DocsLocation(doc.Source, header.Span));
                    }

                    docs = header.Docs.Contents;
                }
            }

            hasItems |= doc.Items.Count > 0;
            declLists.Add(new DeclList(doc.Source, doc.Items));
            foreach (var block in doc.NestedPackages)
            {
                nested.Add(new PackageSource(ToName(block.Name), doc.Source.GetLocation(block.Name.Span), block.Docs.Contents, new List<DeclList> { new(doc.Source, block.Items) }));
            }
        }

        if (name is null)
        {
            if (hasItems || nested.Count == 0)
            {
                var where = documents.Count > 0 ? documents[0].Source.GetLocation(new TextSpan(0, 0)) : (SourceLocation?)null;
                throw ResolutionError.At(WitDiagnostics.MissingPackageHeader, where);
            }

            return nested;
        }

        // wit-parser lists nested packages before the main one.
        nested.Add(new PackageSource(name, nameLocation, docs, declLists));
        return nested;
    }

    // The syntax tree keeps no span for doc comments, so find where the comments before the header begin.
    private static SourceLocation DocsLocation(SourceFile file, TextSpan headerSpan)
    {
        var text = file.Text;
        var i = 0;
        while (i < headerSpan.Start && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return file.GetLocation(new TextSpan(i < headerSpan.Start ? i : headerSpan.Start, 1));
    }
}
