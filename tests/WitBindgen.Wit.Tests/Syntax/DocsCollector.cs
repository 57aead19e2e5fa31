using WitBindgen.Wit.Syntax;

namespace WitBindgen.Wit.Tests.Syntax;

/// <summary>Collects every doc comment a syntax tree carries, in source order.</summary>
internal static class DocsCollector
{
    public static List<string> Collect(WitDocument document)
    {
        var docs = new List<string>();
        Add(docs, document.Package?.Docs);
        foreach (var item in document.Items)
        {
            AddItem(docs, item);
        }

        foreach (var package in document.NestedPackages)
        {
            Add(docs, package.Docs);
            foreach (var item in package.Items)
            {
                AddItem(docs, item);
            }
        }

        return docs;
    }

    private static void AddItem(List<string> docs, TopLevelItem item)
    {
        switch (item)
        {
            case InterfaceSyntax i:
                Add(docs, i.Docs);
                AddInterfaceItems(docs, i.Items);
                break;
            case WorldSyntax w:
                Add(docs, w.Docs);
                foreach (var worldItem in w.Items)
                {
                    switch (worldItem)
                    {
                        case WorldExternSyntax e:
                            Add(docs, e.Docs);
                            if (e.Kind is ExternInterface inline)
                            {
                                AddInterfaceItems(docs, inline.Items);
                            }

                            break;
                        case WorldTypeDef t:
                            AddTypeDef(docs, t.TypeDef);
                            break;
                    }
                }

                break;
        }
    }

    private static void AddInterfaceItems(List<string> docs, EquatableArray<InterfaceItem> items)
    {
        foreach (var item in items)
        {
            switch (item)
            {
                case InterfaceFunc f:
                    Add(docs, f.Docs);
                    break;
                case InterfaceTypeDef t:
                    AddTypeDef(docs, t.TypeDef);
                    break;
            }
        }
    }

    private static void AddTypeDef(List<string> docs, TypeDefSyntax typeDef)
    {
        Add(docs, typeDef.Docs);
        switch (typeDef)
        {
            case RecordSyntax r:
                r.Fields.ToList().ForEach(f => Add(docs, f.Docs));
                break;
            case VariantSyntax v:
                v.Cases.ToList().ForEach(c => Add(docs, c.Docs));
                break;
            case EnumSyntax e:
                e.Cases.ToList().ForEach(c => Add(docs, c.Docs));
                break;
            case FlagsSyntax f:
                f.Flags.ToList().ForEach(c => Add(docs, c.Docs));
                break;
            case ResourceSyntax r:
                r.Funcs.ToList().ForEach(f => Add(docs, f.Docs));
                break;
        }
    }

    private static void Add(List<string> docs, Docs? value)
    {
        if (value?.Contents is { } contents)
        {
            docs.Add(contents);
        }
    }
}
