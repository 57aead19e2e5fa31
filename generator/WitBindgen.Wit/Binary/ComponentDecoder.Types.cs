using WitBindgen.Wit.Syntax;

namespace WitBindgen.Wit.Binary;

// Type definitions: defined value types, function types, and component and instance types.
internal sealed partial class ComponentDecoder
{
    private static readonly Dictionary<byte, PrimitiveNode> Primitives = new()
    {
        [0x7f] = new PrimitiveNode(PrimitiveKind.Bool),
        [0x7e] = new PrimitiveNode(PrimitiveKind.S8),
        [0x7d] = new PrimitiveNode(PrimitiveKind.U8),
        [0x7c] = new PrimitiveNode(PrimitiveKind.S16),
        [0x7b] = new PrimitiveNode(PrimitiveKind.U16),
        [0x7a] = new PrimitiveNode(PrimitiveKind.S32),
        [0x79] = new PrimitiveNode(PrimitiveKind.U32),
        [0x78] = new PrimitiveNode(PrimitiveKind.S64),
        [0x77] = new PrimitiveNode(PrimitiveKind.U64),
        [0x76] = new PrimitiveNode(PrimitiveKind.F32),
        [0x75] = new PrimitiveNode(PrimitiveKind.F64),
        [0x74] = new PrimitiveNode(PrimitiveKind.Char),
        [0x73] = new PrimitiveNode(PrimitiveKind.String),
        [0x64] = new PrimitiveNode(PrimitiveKind.ErrorContext),
    };

    /// <summary>Reads a <c>deftype</c>: a value type, function type, component type, instance type or resource type.</summary>
    internal TypeNode ReadDefType(WasmReader reader, DecoderScope scope)
    {
        var offset = reader.Position;
        var tag = reader.PeekByte();
        switch (tag)
        {
            case 0x40:
            case 0x43:
                reader.ReadByte();
                return ReadFuncType(reader, scope, isAsync: tag == 0x43);
            case 0x41:
                reader.ReadByte();
                return ReadComponentType(reader, scope, offset);
            case 0x42:
                reader.ReadByte();
                return ReadInstanceType(reader, scope, offset);
            case 0x3f:
                reader.ReadByte();
                ExpectByte(reader, 0x7f, "resource type");
                if (reader.ReadByte() == 0x01)
                {
                    reader.ReadIndex();
                }

                return new ResourceNode();
            default:
                return ReadDefinedValueType(reader, scope);
        }
    }

    private static TypeNode ReadDefinedValueType(WasmReader reader, DecoderScope scope)
    {
        var offset = reader.Position;
        var tag = reader.ReadByte();
        if (Primitives.TryGetValue(tag, out var primitive))
        {
            return primitive;
        }

        switch (tag)
        {
            case 0x72:
                return new RecordNode(ReadList(reader, () => (reader.ReadName(), ReadValType(reader, scope))));
            case 0x71:
                return new VariantNode(ReadList(reader, () =>
                {
                    var name = reader.ReadName();
                    var payload = ReadOptional(reader, () => ReadValType(reader, scope));
                    if (reader.ReadByte() != 0x00)
                    {
                        reader.ReadIndex();
                    }

                    return (name, payload);
                }));
            case 0x70:
                return new ListNode(ReadValType(reader, scope), null);
            case 0x67:
                return new ListNode(ReadValType(reader, scope), reader.ReadU32());
            case 0x6f:
                return new TupleNode(ReadList(reader, () => ReadValType(reader, scope)));
            case 0x6e:
                return new LabelsNode(isFlags: true, ReadList(reader, reader.ReadName));
            case 0x6d:
                return new LabelsNode(isFlags: false, ReadList(reader, reader.ReadName));
            case 0x6b:
                return new WrapperNode("option", ReadValType(reader, scope));
            case 0x6a:
                var ok = ReadOptional(reader, () => ReadValType(reader, scope));
                var error = ReadOptional(reader, () => ReadValType(reader, scope));
                return new ResultNode(ok, error);
            case 0x69:
            case 0x68:
                return new HandleNode(isOwn: tag == 0x69, scope.Type(reader.ReadIndex(), offset));
            case 0x66:
                return new WrapperNode("stream", ReadOptional(reader, () => ReadValType(reader, scope)));
            case 0x65:
                return new WrapperNode("future", ReadOptional(reader, () => ReadValType(reader, scope)));
            case 0x63:
                var key = ReadValType(reader, scope);
                return new MapNode(key, ReadValType(reader, scope));
            default:
                throw ComponentFormatException.Malformed(offset, "unknown type form 0x" + tag.ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    /// <summary>Reads a <c>valtype</c>: a primitive code, or a type index.</summary>
    private static TypeNode ReadValType(WasmReader reader, DecoderScope scope)
    {
        var offset = reader.Position;
        if (Primitives.TryGetValue(reader.PeekByte(), out var primitive))
        {
            reader.ReadByte();
            return primitive;
        }

        var index = reader.ReadIndex();
        var type = scope.Type(index, offset);
        return type is FuncNode or InstanceNode or ComponentNode
            ? throw ComponentFormatException.Malformed(offset, "type " + index + " is used as a value type but is not one")
            : type;
    }

    private static T? ReadOptional<T>(WasmReader reader, Func<T> readValue)
        where T : class
    {
        var offset = reader.Position;
        return reader.ReadByte() switch
        {
            0x00 => null,
            0x01 => readValue(),
            _ => throw ComponentFormatException.Malformed(offset, "expected 0x00 or 0x01 for an optional value"),
        };
    }

    private static FuncNode ReadFuncType(WasmReader reader, DecoderScope scope, bool isAsync)
    {
        var parameters = ReadList(reader, () => (reader.ReadName(), ReadValType(reader, scope)));
        var offset = reader.Position;
        var form = reader.ReadByte();
        TypeNode? result;
        if (form == 0x00)
        {
            result = ReadValType(reader, scope);
        }
        else if (form == 0x01)
        {
            if (reader.ReadCount() != 0)
            {
                throw ComponentFormatException.Unsupported(offset, "named function results (an older encoding WIT no longer has)");
            }

            result = null;
        }
        else
        {
            throw ComponentFormatException.Malformed(offset, "unknown function result form");
        }

        return new FuncNode(isAsync, parameters, result);
    }

    private InstanceNode ReadInstanceType(WasmReader reader, DecoderScope scope, int offset)
    {
        var inner = Child(scope, offset);
        ReadVector(reader, () => ReadDeclaration(reader, inner, allowImports: false));
        return new InstanceNode(inner.Exports);
    }

    private ComponentNode ReadComponentType(WasmReader reader, DecoderScope scope, int offset)
    {
        var inner = Child(scope, offset);
        ReadVector(reader, () => ReadDeclaration(reader, inner, allowImports: true));
        return new ComponentNode(inner.Imports, inner.Exports);
    }

    /// <summary>Reads one <c>instancedecl</c> (or <c>componentdecl</c> when imports are allowed).</summary>
    private void ReadDeclaration(WasmReader reader, DecoderScope scope, bool allowImports)
    {
        var offset = reader.Position;
        var tag = reader.ReadByte();
        switch (tag)
        {
            case 0x00:
                throw ComponentFormatException.Unsupported(offset, "core types inside component or instance types");
            case 0x01:
                scope.Types.Add(ReadDefType(reader, scope));
                break;
            case 0x02:
                ReadAlias(reader, scope);
                break;
            case 0x03 when allowImports:
                var importName = ExternNameReader.Read(reader);
                var (importKind, importNode) = ReadExternDesc(reader, scope, importName, isPlaceholder: false);
                scope.Imports.Add(new ExternItem(importName, importKind, importNode, IsImport: true));
                scope.AddToIndexSpace(importKind, importNode);
                break;
            case 0x04:
                var name = ExternNameReader.Read(reader);
                var (kind, node) = ReadExternDesc(reader, scope, name, isPlaceholder: false);
                scope.Exports.Add(new ExternItem(name, kind, node, IsImport: false));
                scope.AddToIndexSpace(kind, node);
                break;
            default:
                throw ComponentFormatException.Malformed(offset, "unknown declaration 0x" + tag.ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
        }
    }
}
