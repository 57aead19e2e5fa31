using WitBindgen.Wit.Diagnostics;

namespace WitBindgen.Wit.Binary;

/// <summary>
/// Decodes the sections of a component binary (component-model <c>Binary.md</c>) into the type graph of
/// <see cref="TypeNode"/>s: the outermost component's imports and exports with their types.
/// Core modules, core instances and core types are skipped; nested components are decoded so that the
/// instances a component exports have types.
/// </summary>
internal sealed partial class ComponentDecoder
{
    /// <summary>How deeply components and component/instance types may nest.</summary>
    public const int MaxDepth = 64;

    private const byte ComponentVersion = 0x0d;

    /// <summary>Decodes <paramref name="bytes"/>; throws <see cref="ComponentFormatException"/> on bad input.</summary>
    public static DecoderScope Decode(byte[] bytes)
    {
        var reader = new WasmReader(bytes, 0, bytes.Length);
        var scope = new DecoderScope(null, 0);
        new ComponentDecoder().ReadComponent(reader, scope, outermost: true);
        return scope;
    }

    private void ReadComponent(WasmReader reader, DecoderScope scope, bool outermost)
    {
        ReadPreamble(reader, outermost);
        while (!reader.AtEnd)
        {
            var id = reader.ReadByte();
            var size = reader.ReadIndex();
            var section = reader.Slice(size);
            ReadSection(id, section, scope);
        }
    }

    private static void ReadPreamble(WasmReader reader, bool outermost)
    {
        if (reader.Remaining < 8 || reader.ReadByte() != 0x00 || reader.ReadByte() != 0x61 || reader.ReadByte() != 0x73 || reader.ReadByte() != 0x6d)
        {
            throw outermost
                ? new ComponentFormatException(WitDiagnostics.NotWasmBinary)
                : ComponentFormatException.Malformed(reader.Position, "nested component does not start with \\0asm");
        }

        var version = reader.ReadByte() | (reader.ReadByte() << 8);
        var layer = reader.ReadByte() | (reader.ReadByte() << 8);
        if (layer == 0 && version == 1)
        {
            throw new ComponentFormatException(WitDiagnostics.CoreModuleNotComponent);
        }

        if (layer != 1 || version != ComponentVersion)
        {
            throw new ComponentFormatException(WitDiagnostics.UnsupportedBinaryVersion, "0x" + version.ToString("x", System.Globalization.CultureInfo.InvariantCulture), layer);
        }
    }

    internal void ReadSection(byte id, WasmReader section, DecoderScope scope)
    {
        switch (id)
        {
            case 0: // custom
            case 1: // core module
            case 2: // core instances
            case 3: // core types
            case 9: // start
            case 12: // values
                return;
            case 4:
                ReadNestedComponent(section, scope);
                return;
            case 5:
                ReadVector(section, () => ReadInstance(section, scope));
                break;
            case 6:
                ReadVector(section, () => ReadAlias(section, scope));
                break;
            case 7:
                ReadVector(section, () => scope.Types.Add(ReadDefType(section, scope)));
                break;
            case 8:
                ReadVector(section, () => ReadCanon(section, scope));
                break;
            case 10:
                ReadVector(section, () => ReadImport(section, scope));
                break;
            case 11:
                ReadVector(section, () => ReadExport(section, scope));
                break;
            default:
                throw ComponentFormatException.Malformed(section.Position, "unknown section id " + id);
        }

        section.ExpectEnd("section " + id);
    }

    private static void ReadVector(WasmReader reader, Action readOne)
    {
        var count = reader.ReadCount();
        for (var i = 0; i < count; i++)
        {
            readOne();
        }
    }

    private static List<T> ReadList<T>(WasmReader reader, Func<T> readOne)
    {
        var count = reader.ReadCount();
        var items = new List<T>(count);
        for (var i = 0; i < count; i++)
        {
            items.Add(readOne());
        }

        return items;
    }

    private static DecoderScope Child(DecoderScope scope, int offset)
    {
        if (scope.Depth >= MaxDepth)
        {
            throw new ComponentFormatException(WitDiagnostics.ComponentNestingTooDeep, MaxDepth, ComponentFormatException.FormatOffset(offset));
        }

        return new DecoderScope(scope, scope.Depth + 1);
    }

    private void ReadNestedComponent(WasmReader section, DecoderScope scope)
    {
        var inner = Child(scope, section.Position);
        ReadComponent(section, inner, outermost: false);
        scope.Components.Add(new ComponentNode(inner.Imports, inner.Exports));
    }

    private static void ReadInstance(WasmReader reader, DecoderScope scope)
    {
        var offset = reader.Position;
        var tag = reader.ReadByte();
        switch (tag)
        {
            case 0x00:
                var component = scope.Component(reader.ReadIndex(), offset);
                var count = reader.ReadCount();
                for (var i = 0; i < count; i++)
                {
                    var name = reader.ReadName();
                    var (kind, node) = ReadSortIndex(reader, scope);
                    BindArgument(component, name, kind, node);
                }

                scope.Instances.Add(new InstanceNode(component.Exports));
                break;
            case 0x01:
                var exports = ReadList(reader, () =>
                {
                    var name = ExternNameReader.Read(reader);
                    var (kind, node) = ReadSortIndex(reader, scope);
                    return new ExternItem(name, kind, kind == ExternKind.Type && node is not null ? new NamedNode(name, node, isPlaceholder: false) : node, IsImport: false);
                });
                scope.Instances.Add(new InstanceNode(exports));
                break;
            default:
                throw ComponentFormatException.Malformed(offset, "unknown instance form 0x" + tag.ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    /// <summary>Binds a type argument of an instantiation to the nested component's type import of that name.</summary>
    private static void BindArgument(ComponentNode component, string name, ExternKind kind, TypeNode? node)
    {
        if (kind != ExternKind.Type || node is null)
        {
            return;
        }

        foreach (var import in component.Imports)
        {
            if (import.Name == name && import.Type is NamedNode { IsPlaceholder: true, Substitute: null } placeholder && !ReferenceEquals(placeholder, node))
            {
                placeholder.Substitute = node;
            }
        }
    }

    /// <summary>Reads a <c>sortidx</c> and returns what it refers to; core sorts give no type.</summary>
    private static (ExternKind Kind, TypeNode? Node) ReadSortIndex(WasmReader reader, DecoderScope scope)
    {
        var offset = reader.Position;
        var sort = reader.ReadByte();
        if (sort == 0x00)
        {
            reader.ReadByte();
            reader.ReadIndex();
            return (ExternKind.CoreModule, null);
        }

        var index = reader.ReadIndex();
        return sort switch
        {
            0x01 => (ExternKind.Func, scope.Func(index, offset)),
            0x02 => (ExternKind.Value, null),
            0x03 => (ExternKind.Type, scope.Type(index, offset)),
            0x04 => (ExternKind.Component, scope.Component(index, offset)),
            0x05 => (ExternKind.Instance, scope.Instance(index, offset)),
            _ => throw ComponentFormatException.Malformed(offset, "unknown sort 0x" + sort.ToString("x2", System.Globalization.CultureInfo.InvariantCulture)),
        };
    }

    private static void ReadAlias(WasmReader reader, DecoderScope scope)
    {
        var offset = reader.Position;
        var sort = reader.ReadByte();
        var isCore = sort == 0x00;
        if (isCore)
        {
            reader.ReadByte();
        }

        var target = reader.ReadByte();
        switch (target)
        {
            case 0x00:
                var instance = scope.Instance(reader.ReadIndex(), offset);
                var name = reader.ReadName();
                if (!isCore)
                {
                    var item = instance.Find(name) ?? throw ComponentFormatException.Malformed(offset, "instance has no export named '" + name + "'");
                    scope.AddToIndexSpace(SortKind(sort, offset), item.Type);
                }

                break;
            case 0x01:
                reader.ReadIndex();
                reader.ReadName();
                break;
            case 0x02:
                var count = reader.ReadU32();
                var index = reader.ReadIndex();
                if (!isCore)
                {
                    var outer = scope.Outer(count, offset);
                    var kind = SortKind(sort, offset);
                    TypeNode? node = kind switch
                    {
                        ExternKind.Type => outer.Type(index, offset),
                        ExternKind.Component => outer.Component(index, offset),
                        _ => throw ComponentFormatException.Malformed(offset, "outer aliases may only refer to types and components"),
                    };
                    scope.AddToIndexSpace(kind, node);
                }

                break;
            default:
                throw ComponentFormatException.Malformed(offset, "unknown alias target 0x" + target.ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    private static ExternKind SortKind(byte sort, int offset) => sort switch
    {
        0x01 => ExternKind.Func,
        0x02 => ExternKind.Value,
        0x03 => ExternKind.Type,
        0x04 => ExternKind.Component,
        0x05 => ExternKind.Instance,
        _ => throw ComponentFormatException.Malformed(offset, "unknown sort 0x" + sort.ToString("x2", System.Globalization.CultureInfo.InvariantCulture)),
    };

    private static void ReadCanon(WasmReader reader, DecoderScope scope)
    {
        var offset = reader.Position;
        var op = reader.ReadByte();
        switch (op)
        {
            case 0x00: // lift: a component function
                ExpectByte(reader, 0x00, "canon lift");
                reader.ReadIndex();
                SkipCanonOptions(reader);
                var type = scope.Type(reader.ReadIndex(), offset);
                scope.Funcs.Add(type as FuncNode ?? throw ComponentFormatException.Malformed(offset, "canon lift names a type that is not a function type"));
                break;
            case 0x01: // lower: a core function
                ExpectByte(reader, 0x00, "canon lower");
                reader.ReadIndex();
                SkipCanonOptions(reader);
                break;
            case 0x02: // resource.new
            case 0x03: // resource.drop
            case 0x04: // resource.rep
            case 0x07: // resource.drop async
                reader.ReadIndex();
                break;
            default:
                throw ComponentFormatException.Unsupported(offset, "canonical built-in 0x" + op.ToString("x2", System.Globalization.CultureInfo.InvariantCulture) + " (async and thread built-ins are not read yet)");
        }
    }

    private static void SkipCanonOptions(WasmReader reader)
    {
        var count = reader.ReadCount();
        for (var i = 0; i < count; i++)
        {
            var offset = reader.Position;
            var option = reader.ReadByte();
            switch (option)
            {
                case 0x00: // utf8
                case 0x01: // utf16
                case 0x02: // latin1+utf16
                case 0x06: // async
                    break;
                case 0x03: // memory
                case 0x04: // realloc
                case 0x05: // post-return
                case 0x07: // callback
                    reader.ReadIndex();
                    break;
                default:
                    throw ComponentFormatException.Unsupported(offset, "canonical option 0x" + option.ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }
    }

    private static void ExpectByte(WasmReader reader, byte expected, string what)
    {
        var offset = reader.Position;
        if (reader.ReadByte() != expected)
        {
            throw ComponentFormatException.Malformed(offset, "unexpected byte in " + what);
        }
    }

    private static void ReadImport(WasmReader reader, DecoderScope scope)
    {
        var name = ExternNameReader.Read(reader);
        var (kind, node) = ReadExternDesc(reader, scope, name, isPlaceholder: scope.Depth > 0);
        var item = new ExternItem(name, kind, node, IsImport: true);
        scope.Imports.Add(item);
        scope.Items.Add(item);
        scope.AddToIndexSpace(kind, node);
    }

    private static void ReadExport(WasmReader reader, DecoderScope scope)
    {
        var name = ExternNameReader.Read(reader);
        var (kind, node) = ReadSortIndex(reader, scope);
        var hasAscription = reader.ReadByte();
        if (hasAscription == 0x01)
        {
            var (ascribedKind, ascribed) = ReadExternDesc(reader, scope, name, isPlaceholder: false);
            if (ascribedKind == kind && ascribed is not null)
            {
                node = ascribed;
            }
        }
        else if (kind == ExternKind.Type && node is not null)
        {
            node = new NamedNode(name, node, isPlaceholder: false);
        }

        var item = new ExternItem(name, kind, node, IsImport: false);
        scope.Exports.Add(item);
        scope.Items.Add(item);
        scope.AddToIndexSpace(kind, node);
    }

    /// <summary>Reads an <c>externdesc</c>; a type bound gives a named node (a fresh resource for <c>sub resource</c>).</summary>
    private static (ExternKind Kind, TypeNode? Node) ReadExternDesc(WasmReader reader, DecoderScope scope, string name, bool isPlaceholder)
    {
        var offset = reader.Position;
        var tag = reader.ReadByte();
        switch (tag)
        {
            case 0x00:
                ExpectByte(reader, 0x11, "core module type");
                reader.ReadIndex();
                return (ExternKind.CoreModule, null);
            case 0x01:
                return (ExternKind.Func, scope.Type(reader.ReadIndex(), offset) as FuncNode
                    ?? throw ComponentFormatException.Malformed(offset, "function import or export names a type that is not a function type"));
            case 0x02:
                throw ComponentFormatException.Unsupported(offset, "value imports and exports");
            case 0x03:
                var bound = reader.ReadByte();
                TypeNode target = bound switch
                {
                    0x00 => scope.Type(reader.ReadIndex(), offset),
                    0x01 => new ResourceNode(),
                    _ => throw ComponentFormatException.Malformed(offset, "unknown type bound"),
                };
                return (ExternKind.Type, new NamedNode(name, target, isPlaceholder));
            case 0x04:
                return (ExternKind.Component, scope.Type(reader.ReadIndex(), offset) as ComponentNode
                    ?? throw ComponentFormatException.Malformed(offset, "component import or export names a type that is not a component type"));
            case 0x05:
                return (ExternKind.Instance, scope.Type(reader.ReadIndex(), offset) as InstanceNode
                    ?? throw ComponentFormatException.Malformed(offset, "instance import or export names a type that is not an instance type"));
            default:
                throw ComponentFormatException.Malformed(offset, "unknown extern descriptor 0x" + tag.ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
        }
    }
}
