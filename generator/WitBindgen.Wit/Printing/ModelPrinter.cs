using WitBindgen.Wit.Model;

namespace WitBindgen.Wit.Printing;

/// <summary>Lays out packages, interfaces and worlds; the items inside them are written by <see cref="DefinitionPrinter"/>.</summary>
internal sealed class ModelPrinter
{
    private readonly WitModel _model;
    private readonly DefinitionPrinter _definitions;

    public ModelPrinter(WitModel model)
    {
        _model = model;
        _definitions = new DefinitionPrinter(model, new TypeFormatter(model));
    }

    /// <summary>The whole model as one document.</summary>
    public string Print()
    {
        var count = _model.Packages.Count;
        var bodies = new BodyWriter[count];
        var references = new IReadOnlyList<PackageId>[count];
        for (var i = 0; i < count; i++)
        {
            references[i] = _definitions.StartRecordingReferences();
            bodies[i] = new BodyWriter();
            WritePackageItems(bodies[i], new PackageId(i));
        }

        var document = new BodyWriter();
        foreach (var index in PackagePrintOrder.Compute(_model.Packages, references))
        {
            var package = _model.Packages[index];
            document.BeginItem(ItemSection.Block);
            document.Docs(package.Docs);
            if (count == 1)
            {
                document.Line($"package {PackageName(package.Name)};");
                if (!bodies[index].IsEmpty)
                {
                    document.Line(string.Empty);
                    document.Nested(bodies[index], indent: false);
                }
            }
            else
            {
                WriteBraced(document, $"package {PackageName(package.Name)}", bodies[index]);
            }
        }

        return document.ToText();
    }

    private static string PackageName(PackageName name)
    {
        var text = $"{WitNames.Escape(name.Namespace)}:{WitNames.Escape(name.Name)}";
        return name.Version is null ? text : $"{text}@{name.Version}";
    }

    /// <summary>Writes <c>head {</c>, the body indented, <c>}</c>; or <c>head {}</c> for an empty body.</summary>
    private static void WriteBraced(BodyWriter target, string head, BodyWriter body)
    {
        if (body.IsEmpty)
        {
            target.Line(head + " {}");
            return;
        }

        target.Line(head + " {");
        target.Nested(body);
        target.Line("}");
    }

    private void WritePackageItems(BodyWriter body, PackageId package)
    {
        var pkg = _model.Packages[package.Index];
        foreach (var named in pkg.Interfaces)
        {
            if (TryGetInterface(named.Id) is not { } iface)
            {
                continue;
            }

            var items = new BodyWriter();
            WriteInterfaceItems(items, named.Id, iface, package);
            body.BeginItem(ItemSection.Block);
            body.Docs(iface.Docs);
            DefinitionPrinter.WriteGates(body, iface.Stability);
            WriteBraced(body, $"interface {WitNames.Escape(named.Name)}", items);
        }

        foreach (var named in pkg.Worlds)
        {
            if (named.Id.Index < 0 || named.Id.Index >= _model.Worlds.Count)
            {
                continue;
            }

            var world = _model.Worlds[named.Id.Index];
            var items = new BodyWriter();
            WriteWorldItems(items, named.Id, world, package);
            body.BeginItem(ItemSection.Block);
            body.Docs(world.Docs);
            DefinitionPrinter.WriteGates(body, world.Stability);
            WriteBraced(body, $"world {WitNames.Escape(named.Name)}", items);
        }
    }

    private void WriteInterfaceItems(BodyWriter body, InterfaceId id, Interface iface, PackageId package)
    {
        var resourceFunctions = DefinitionPrinter.GroupResourceFunctions(iface.Functions);
        _definitions.WriteTypes(body, iface.Types, TypeOwner.Of(id), package, resourceFunctions);
        foreach (var function in iface.Functions)
        {
            if (function.Kind is FunctionKind.Freestanding or FunctionKind.AsyncFreestanding)
            {
                _definitions.WriteFunction(body, function);
            }
        }
    }

    private void WriteWorldItems(BodyWriter body, WorldId id, World world, PackageId package)
    {
        var types = new List<NamedType>();
        var resourceFunctions = new List<Function>();
        foreach (var entry in world.Imports)
        {
            switch (entry.Item)
            {
                case WorldTypeItem type:
                    types.Add(new NamedType(entry.Key.Name ?? string.Empty, type.Type));
                    break;
                case WorldFunctionItem { Function: { Resource: not null } function }
                    when function.Kind is not (FunctionKind.Freestanding or FunctionKind.AsyncFreestanding):
                    resourceFunctions.Add(function);
                    break;
            }
        }

        _definitions.WriteTypes(body, types, TypeOwner.Of(id), package, DefinitionPrinter.GroupResourceFunctions(resourceFunctions));
        WriteWorldEntries(body, world.Imports, ItemSection.Import, "import", package);
        WriteWorldEntries(body, world.Exports, ItemSection.Export, "export", package);
    }

    private void WriteWorldEntries(BodyWriter body, EquatableArray<WorldEntry> entries, ItemSection section, string keyword, PackageId package)
    {
        foreach (var entry in entries)
        {
            switch (entry.Item)
            {
                case WorldInterfaceItem item:
                    WriteWorldInterface(body, entry.Key, item, section, keyword, package);
                    break;
                case WorldFunctionItem { Function: var function }
                    when function.Kind is FunctionKind.Freestanding or FunctionKind.AsyncFreestanding:
                    body.BeginItem(section);
                    body.Docs(function.Docs);
                    DefinitionPrinter.WriteGates(body, function.Stability);
                    body.Line($"{keyword} {WitNames.Escape(entry.Key.Name ?? function.Name)}: {_definitions.Signature(function)};");
                    break;
            }
        }
    }

    private void WriteWorldInterface(BodyWriter body, WorldKey key, WorldInterfaceItem item, ItemSection section, string keyword, PackageId package)
    {
        var iface = TryGetInterface(item.Interface);
        body.BeginItem(section);
        if (key.Name is { } name && iface is { Name: null })
        {
            var items = new BodyWriter();
            WriteInterfaceItems(items, item.Interface, iface, package);
            body.Docs(iface.Docs);
            DefinitionPrinter.WriteGates(body, item.Stability);
            WriteBraced(body, $"{keyword} {WitNames.Escape(name)}: interface", items);
            return;
        }

        DefinitionPrinter.WriteGates(body, item.Stability);
        var label = key.Name is { } plain ? WitNames.Escape(plain) + ": " : string.Empty;
        body.Line($"{keyword} {label}{_definitions.InterfacePath(item.Interface, package)};");
    }

    private Interface? TryGetInterface(InterfaceId id) =>
        id.Index >= 0 && id.Index < _model.Interfaces.Count ? _model.Interfaces[id.Index] : null;
}
