using System.Globalization;

namespace WitBindgen.Wit.Binary.Loading;

// Component-level definitions: instances (nested components are instantiated here), aliases, types, imports
// and exports.
internal sealed partial class ComponentFlattener
{
    private void ReadComponentInstance(FlattenFrame frame, WasmReader reader)
    {
        var tag = reader.ReadByte();
        switch (tag)
        {
            case 0x00:
                var componentIndex = reader.ReadIndex();
                var component = At(frame.Components, componentIndex, "component");
                var arguments = new Dictionary<string, ComponentItemDefinition>();
                var count = reader.ReadCount();
                for (var i = 0; i < count; i++)
                {
                    var name = reader.ReadName();
                    var item = ReadSortIndex(frame, reader);
                    if (arguments.ContainsKey(name))
                    {
                        throw Fail("instantiation argument " + Quote(name) + " is given twice");
                    }

                    arguments.Add(name, item);
                }

                if (component.Parent is null)
                {
                    throw Fail("instantiates the imported component " + Quote(component.ImportName ?? "?") + "; components supplied by the host are not supported");
                }

                CountInstantiation();
                if (_instantiationDepth >= MaxInstantiationDepth)
                {
                    throw Fail("component instantiations nest more than " + MaxInstantiationDepth.ToString(CultureInfo.InvariantCulture) + " deep");
                }

                _componentInstantiations++;
                _instantiationDepth++;
                var (section, sectionOffset, entry, entryOffset) = (_section, _sectionOffset, _entry, _entryOffset);
                var scope = new DecoderScope(component.Parent.Scope, component.Parent.Scope.Depth + 1);
                // The child's parent instance is the one instantiating it, not the component that defined it.
                var child = new FlattenFrame(component.Parent, scope, arguments, _componentInstanceParents.Count);
                _componentInstanceParents.Add(frame.Instance);
                Walk(child, component.Start, component.End);
                (_section, _sectionOffset, _entry, _entryOffset) = (section, sectionOffset, entry, entryOffset);
                _instantiationDepth--;
                frame.Instances.Add(new DefinedInstance(child.Exports));
                break;
            case 0x01:
                var exports = new List<KeyValuePair<string, ComponentItemDefinition>>();
                var exportCount = reader.ReadCount();
                for (var i = 0; i < exportCount; i++)
                {
                    var name = ExternNameReader.Read(reader);
                    exports.Add(new KeyValuePair<string, ComponentItemDefinition>(name, ReadSortIndex(frame, reader)));
                }

                frame.Instances.Add(new DefinedInstance(exports));
                break;
            default:
                throw Fail("unknown instance form 0x" + tag.ToString("x2", CultureInfo.InvariantCulture));
        }
    }

    private void ReadAlias(FlattenFrame frame, WasmReader reader)
    {
        if (reader.PeekByte() == 0x00)
        {
            reader.ReadByte();
            ReadCoreAlias(frame, reader);
            return;
        }

        var kind = ReadSort(reader);
        var target = reader.ReadByte();
        switch (target)
        {
            case 0x00:
                var instance = At(frame.Instances, reader.ReadIndex(), "instance");
                var name = reader.ReadName();
                frame.Add(ExportOf(instance, name, kind));
                break;
            case 0x02:
                var outer = Outer(frame, reader.ReadU32());
                var index = reader.ReadIndex();
                switch (kind)
                {
                    case ExternKind.Type:
                        frame.Types.Add(At(outer.Types, index, "outer type"));
                        break;
                    case ExternKind.Component:
                        frame.Components.Add(At(outer.Components, index, "outer component"));
                        break;
                    default:
                        throw Fail("outer aliases may only refer to types, components and core modules");
                }

                break;
            default:
                throw Fail("unknown alias target 0x" + target.ToString("x2", CultureInfo.InvariantCulture));
        }
    }

    /// <summary>The export <paramref name="name"/> of <paramref name="instance"/>, checked to be a <paramref name="kind"/>.</summary>
    private ComponentItemDefinition ExportOf(ComponentItemDefinition instance, string name, ExternKind kind)
    {
        ComponentItemDefinition item;
        if (instance is ImportedItem imported)
        {
            var declared = (imported.Type as InstanceNode)?.Find(name)
                ?? throw Fail("imported instance " + Quote(imported.DisplayName) + " has no export named " + Quote(name));
            item = kind switch
            {
                ExternKind.Type => ImportedType(declared.Type, imported.Member(name, ExternKind.Type, declared.Type)),
                ExternKind.CoreModule => new CoreModuleItem(-1, imported.DisplayName + "#" + name),
                ExternKind.Component => new ComponentClosure(0, 0, null, imported.DisplayName + "#" + name),
                _ => imported.Member(name, declared.Kind, declared.Type),
            };
        }
        else
        {
            item = ((DefinedInstance)instance).Find(name) ?? throw Fail("instance has no export named " + Quote(name));
        }

        if (item.Kind != kind)
        {
            throw Fail("instance export " + Quote(name) + " is a " + KindName(item.Kind) + ", not a " + KindName(kind));
        }

        return item;
    }

    /// <summary>
    /// Gives every resource an imported instance declares a definition, also one the component never aliases out of
    /// the instance: it may still receive or pass handles of it through the instance's functions. Runs after the walk,
    /// so the resources the component aliases keep their numbers.
    /// </summary>
    private void AddUnaliasedImportedResources()
    {
        foreach (var import in _imports)
        {
            if (import.Definition is ImportedItem imported && import.Type is { } type && NamedNode.Unwrap(type) is InstanceNode instance)
            {
                foreach (var export in instance.Exports)
                {
                    if (export.Kind == ExternKind.Type)
                    {
                        ImportedType(export.Type, imported.Member(export.Name, ExternKind.Type, export.Type));
                    }
                }
            }
        }
    }

    /// <summary>An imported type: its resource identity when it is a resource (one per resource node), else a plain type.</summary>
    private TypeItem ImportedType(TypeNode? node, ImportedItem path)
    {
        if (node is null || NamedNode.Unwrap(node) is not ResourceNode resource)
        {
            return new TypeItem(null, node);
        }

        if (!_importedResources.TryGetValue(resource, out var definition))
        {
            CountDefinition();
            definition = new ResourceDefinition(_resources.Count, path, null) { Node = resource };
            _resources.Add(definition);
            _importedResources.Add(resource, definition);
        }

        return new TypeItem(definition, node);
    }

    private void ReadType(FlattenFrame frame, WasmReader reader)
    {
        if (reader.PeekByte() != 0x3f)
        {
            frame.Scope.Types.Add(_decoder.ReadDefType(reader, frame.Scope));
            frame.Types.Add(new TypeItem(null, frame.Scope.Types[frame.Scope.Types.Count - 1]));
            return;
        }

        reader.ReadByte();
        if (reader.ReadByte() != 0x7f)
        {
            throw Fail("a resource's representation must be i32");
        }

        CoreDefinition? destructor = null;
        var hasDestructor = reader.ReadByte();
        if (hasDestructor == 0x01)
        {
            destructor = At(frame.CoreFuncs, reader.ReadIndex(), "core func (resource destructor)");
        }
        else if (hasDestructor != 0x00)
        {
            throw Fail("malformed resource destructor flag");
        }

        CountDefinition();
        var node = new ResourceNode();
        var resource = new ResourceDefinition(_resources.Count, null, destructor) { Node = node, ComponentInstance = frame.Instance };
        _resources.Add(resource);
        frame.Scope.Types.Add(node);
        frame.Types.Add(new TypeItem(resource, node));
    }

    private void ReadImport(FlattenFrame frame, WasmReader reader, int declaredIndex)
    {
        var name = ExternNameReader.Read(reader);
        var kind = SkipExternDesc(reader);
        var declared = frame.Scope.Imports[declaredIndex];
        ComponentItemDefinition item;
        if (frame.Arguments is { } arguments)
        {
            if (!arguments.TryGetValue(name, out item!))
            {
                throw Fail("the nested component imports " + Quote(name) + ", but its instantiation gives no argument of that name");
            }

            if (item.Kind != kind)
            {
                throw Fail("the nested component imports " + Quote(name) + " as a " + KindName(kind) + ", but is given a " + KindName(item.Kind));
            }

            if (declared.Type is NamedNode { IsPlaceholder: true, Substitute: null } placeholder && item is TypeItem { Node: { } node } && !ReferenceEquals(node, placeholder))
            {
                placeholder.Substitute = node;
            }
        }
        else
        {
            var import = new ImportedItem(name, Array.Empty<string>(), kind, declared.Type);
            item = kind switch
            {
                ExternKind.Type => ImportedType(declared.Type, import),
                ExternKind.CoreModule => new CoreModuleItem(-1, name),
                ExternKind.Component => new ComponentClosure(0, 0, null, name),
                _ => import,
            };
            _imports.Add(new ComponentPlanItem(name, kind, declared.Type, item));
        }

        frame.Add(item);
    }

    private void ReadExport(FlattenFrame frame, WasmReader reader, int declaredIndex)
    {
        var name = ExternNameReader.Read(reader);
        var item = ReadSortIndex(frame, reader);
        var ascribed = reader.ReadByte();
        if (ascribed == 0x01)
        {
            SkipExternDesc(reader);
        }
        else if (ascribed != 0x00)
        {
            throw Fail("malformed export type ascription flag");
        }

        frame.Exports.Add(new KeyValuePair<string, ComponentItemDefinition>(name, item));
        frame.Add(item);
        if (frame.IsOutermost)
        {
            _exports.Add(new ComponentPlanItem(name, item.Kind, frame.Scope.Exports[declaredIndex].Type, item));
        }
    }

    /// <summary>Reads a <c>sortidx</c> and returns the item it names.</summary>
    private ComponentItemDefinition ReadSortIndex(FlattenFrame frame, WasmReader reader)
    {
        if (reader.PeekByte() == 0x00)
        {
            reader.ReadByte();
            var sort = ReadCoreSort(reader);
            if (sort != CoreSort.Module)
            {
                throw Fail("a core " + SortName(sort) + " cannot be passed or exported at the component level");
            }

            return At(frame.CoreModules, reader.ReadIndex(), "core module");
        }

        var kind = ReadSort(reader);
        var index = reader.ReadIndex();
        return kind switch
        {
            ExternKind.Func => At(frame.Funcs, index, "function"),
            ExternKind.Instance => At(frame.Instances, index, "instance"),
            ExternKind.Component => At(frame.Components, index, "component"),
            _ => At(frame.Types, index, "type"),
        };
    }

    /// <summary>Reads a component-level sort other than core; values are refused.</summary>
    private ExternKind ReadSort(WasmReader reader)
    {
        var sort = reader.ReadByte();
        return sort switch
        {
            0x01 => ExternKind.Func,
            0x02 => throw Fail("value definitions are not supported"),
            0x03 => ExternKind.Type,
            0x04 => ExternKind.Component,
            0x05 => ExternKind.Instance,
            _ => throw Fail("unknown sort 0x" + sort.ToString("x2", CultureInfo.InvariantCulture)),
        };
    }

    /// <summary>Skips an <c>externdesc</c> (the decoder reads its type) and returns its kind.</summary>
    private ExternKind SkipExternDesc(WasmReader reader)
    {
        var tag = reader.ReadByte();
        switch (tag)
        {
            case 0x00:
                reader.ReadByte();
                reader.ReadIndex();
                return ExternKind.CoreModule;
            case 0x01:
                reader.ReadIndex();
                return ExternKind.Func;
            case 0x02:
                throw Fail("value imports and exports are not supported");
            case 0x03:
                if (reader.ReadByte() == 0x00)
                {
                    reader.ReadIndex();
                }

                return ExternKind.Type;
            case 0x04:
                reader.ReadIndex();
                return ExternKind.Component;
            case 0x05:
                reader.ReadIndex();
                return ExternKind.Instance;
            default:
                throw Fail("unknown extern descriptor 0x" + tag.ToString("x2", CultureInfo.InvariantCulture));
        }
    }

    private static string KindName(ExternKind kind) => kind switch
    {
        ExternKind.CoreModule => "core module",
        ExternKind.Func => "function",
        ExternKind.Value => "value",
        ExternKind.Type => "type",
        ExternKind.Component => "component",
        _ => "instance",
    };
}
