using System.Globalization;

namespace WitBindgen.Wit.Binary.Loading;

// Core instances and core aliases: each instantiation binds every module import to one definition.
internal sealed partial class ComponentFlattener
{
    private void ReadCoreInstance(FlattenFrame frame, WasmReader reader)
    {
        var tag = reader.ReadByte();
        switch (tag)
        {
            case 0x00:
                Instantiate(frame, reader);
                break;
            case 0x01:
                var bundle = new Dictionary<string, CoreDefinition>();
                var count = reader.ReadCount();
                for (var i = 0; i < count; i++)
                {
                    var name = reader.ReadName();
                    var sort = ReadCoreSort(reader);
                    var space = frame.CoreSpace(sort) ?? throw Fail("a core instance cannot export a core " + SortName(sort));
                    var definition = At(space, reader.ReadIndex(), "core " + SortName(sort));
                    if (bundle.ContainsKey(name))
                    {
                        throw Fail("core instance exports " + Quote(name) + " twice");
                    }

                    bundle.Add(name, definition);
                }

                frame.CoreInstances.Add(CoreInstanceItem.FromExports(bundle));
                break;
            default:
                throw Fail("unknown core instance form 0x" + tag.ToString("x2", CultureInfo.InvariantCulture));
        }
    }

    private void Instantiate(FlattenFrame frame, WasmReader reader)
    {
        var moduleIndex = reader.ReadIndex();
        var module = At(frame.CoreModules, moduleIndex, "core module");
        var arguments = new Dictionary<string, CoreInstanceItem>();
        var count = reader.ReadCount();
        for (var i = 0; i < count; i++)
        {
            var name = reader.ReadName();
            var sort = reader.ReadByte();
            if (sort != 0x12)
            {
                throw Fail("core instantiation argument " + Quote(name) + " is not an instance (sort 0x" + sort.ToString("x2", CultureInfo.InvariantCulture) + ")");
            }

            var instance = At(frame.CoreInstances, reader.ReadIndex(), "core instance");
            if (arguments.ContainsKey(name))
            {
                throw Fail("core instantiation argument " + Quote(name) + " is given twice");
            }

            arguments.Add(name, instance);
        }

        if (module.Module < 0)
        {
            throw Fail("instantiates the imported core module " + Quote(module.ImportName ?? "?") + "; modules supplied by the host are not supported");
        }

        CountInstantiation();
        var plan = _modules[module.Module];
        var bindings = new List<CoreImportBinding>(plan.Imports.Count);
        foreach (var import in plan.Imports)
        {
            if (!arguments.TryGetValue(import.Module, out var source))
            {
                throw Fail("core module " + moduleIndex.ToString(CultureInfo.InvariantCulture) + " imports " + Quote(import.Module) + " " + Quote(import.Name) + ", but no instantiation argument is named " + Quote(import.Module));
            }

            bindings.Add(new CoreImportBinding(import, ResolveCoreExport(source, import.Name, import.Sort, "argument " + Quote(import.Module))));
        }

        var index = _instantiations.Count;
        _instantiations.Add(new CoreInstantiation(index, module.Module, bindings));
        frame.CoreInstances.Add(CoreInstanceItem.Instantiated(index));
    }

    /// <summary>The definition exported as <paramref name="name"/> by a core instance, checked to be a <paramref name="sort"/>.</summary>
    private CoreDefinition ResolveCoreExport(CoreInstanceItem instance, string name, CoreSort sort, string what)
    {
        CoreDefinition definition;
        if (instance.Bundle is { } bundle)
        {
            if (!bundle.TryGetValue(name, out definition!))
            {
                throw Fail(what + " (a core instance of loose exports) has no export named " + Quote(name));
            }
        }
        else
        {
            var plan = _modules[_instantiations[instance.Instantiation].Module];
            var export = plan.FindExport(name)
                ?? throw Fail(what + " (core instance " + instance.Instantiation.ToString(CultureInfo.InvariantCulture) + " of module " + plan.Index.ToString(CultureInfo.InvariantCulture) + ") has no export named " + Quote(name));
            definition = CoreDefinition.Export(instance.Instantiation, name, export.Sort);
        }

        if (definition.Sort != sort)
        {
            throw Fail(what + " exports " + Quote(name) + " as a core " + SortName(definition.Sort) + ", not a core " + SortName(sort));
        }

        return definition;
    }

    /// <summary>A core alias: an export of a core instance, a core module exported by a component instance, or an outer core module or type.</summary>
    private void ReadCoreAlias(FlattenFrame frame, WasmReader reader)
    {
        var sort = ReadCoreSort(reader);
        var target = reader.ReadByte();
        switch (target)
        {
            case 0x00:
                var component = At(frame.Instances, reader.ReadIndex(), "instance");
                var exportName = reader.ReadName();
                if (sort != CoreSort.Module)
                {
                    throw Fail("a component instance cannot export a core " + SortName(sort));
                }

                frame.CoreModules.Add((CoreModuleItem)ExportOf(component, exportName, ExternKind.CoreModule));
                break;
            case 0x01:
                var instance = At(frame.CoreInstances, reader.ReadIndex(), "core instance");
                var name = reader.ReadName();
                var space = frame.CoreSpace(sort) ?? throw Fail("cannot alias a core " + SortName(sort) + " export");
                space.Add(ResolveCoreExport(instance, name, sort, "aliased core instance"));
                break;
            case 0x02:
                var outer = Outer(frame, reader.ReadU32());
                var index = reader.ReadIndex();
                if (sort == CoreSort.Module)
                {
                    frame.CoreModules.Add(At(outer.CoreModules, index, "outer core module"));
                }
                else if (sort != CoreSort.Type)
                {
                    throw Fail("outer aliases may only refer to core modules and core types, not a core " + SortName(sort));
                }

                break;
            default:
                throw Fail("unknown core alias target 0x" + target.ToString("x2", CultureInfo.InvariantCulture));
        }
    }

    /// <summary>The frame <paramref name="count"/> component definitions out from <paramref name="frame"/>.</summary>
    private FlattenFrame Outer(FlattenFrame frame, uint count)
    {
        var outer = frame;
        for (var i = 0u; i < count; i++)
        {
            outer = outer.Parent ?? throw Fail("outer alias count " + count.ToString(CultureInfo.InvariantCulture) + " reaches past the outermost component");
        }

        return outer;
    }

    private CoreSort ReadCoreSort(WasmReader reader)
    {
        var sort = reader.ReadByte();
        return sort switch
        {
            0x00 => CoreSort.Func,
            0x01 => CoreSort.Table,
            0x02 => CoreSort.Memory,
            0x03 => CoreSort.Global,
            0x04 => CoreSort.Tag,
            0x10 => CoreSort.Type,
            0x11 => CoreSort.Module,
            0x12 => CoreSort.Instance,
            _ => throw Fail("unknown core sort 0x" + sort.ToString("x2", CultureInfo.InvariantCulture)),
        };
    }

    private static string SortName(CoreSort sort) => sort switch
    {
        CoreSort.Func => "func",
        CoreSort.Table => "table",
        CoreSort.Memory => "memory",
        CoreSort.Global => "global",
        CoreSort.Tag => "tag",
        CoreSort.Type => "type",
        CoreSort.Module => "module",
        _ => "instance",
    };
}
