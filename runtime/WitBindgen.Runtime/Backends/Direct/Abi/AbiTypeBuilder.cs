using System.Text;
using WitBindgen.Wit.Binary;
using WitBindgen.Wit.Syntax;

namespace WitBindgen.Runtime.Backends.Direct.Abi;

/// <summary>
/// Lays out the decoder's <see cref="TypeNode"/>s for the Canonical ABI, each node once (the graph shares nodes by
/// reference). Handles are laid out for the resources a plan resolves them to; the async types, and handles without a
/// resource, are refused with a <see cref="NotSupportedException"/> naming the function and the parameter or result, as
/// is nesting deeper than <see cref="MaxDepth"/>.
/// </summary>
internal sealed class AbiTypeBuilder
{
    /// <summary>
    /// The deepest type nesting laid out. A component binary can nest value types as deep as it has types; this bound
    /// keeps lifting and lowering, which recurse along the type, far from the end of the stack.
    /// </summary>
    public const int MaxDepth = 512;

    private static readonly Dictionary<PrimitiveKind, AbiType> Primitives = new()
    {
        [PrimitiveKind.Bool] = Scalar(AbiKind.Bool, 1, FlatType.I32),
        [PrimitiveKind.S8] = Scalar(AbiKind.S8, 1, FlatType.I32),
        [PrimitiveKind.U8] = Scalar(AbiKind.U8, 1, FlatType.I32),
        [PrimitiveKind.S16] = Scalar(AbiKind.S16, 2, FlatType.I32),
        [PrimitiveKind.U16] = Scalar(AbiKind.U16, 2, FlatType.I32),
        [PrimitiveKind.S32] = Scalar(AbiKind.S32, 4, FlatType.I32),
        [PrimitiveKind.U32] = Scalar(AbiKind.U32, 4, FlatType.I32),
        [PrimitiveKind.S64] = Scalar(AbiKind.S64, 8, FlatType.I64),
        [PrimitiveKind.U64] = Scalar(AbiKind.U64, 8, FlatType.I64),
        [PrimitiveKind.F32] = Scalar(AbiKind.F32, 4, FlatType.F32),
        [PrimitiveKind.F64] = Scalar(AbiKind.F64, 8, FlatType.F64),
        [PrimitiveKind.Char] = Scalar(AbiKind.Char, 4, FlatType.I32),
        [PrimitiveKind.String] = new AbiType(AbiKind.String, 8, 4, [FlatType.I32, FlatType.I32], 2),
    };

    private readonly Dictionary<TypeNode, AbiType> _cache = new(ReferenceEqualityComparer.Instance);
    private readonly Func<TypeNode, Wit.Binary.Loading.ResourceDefinition?>? _resources;
    private string _function = string.Empty;
    private string _where = string.Empty;

    /// <summary>A builder that refuses resource handles.</summary>
    public AbiTypeBuilder()
    {
    }

    /// <summary>A builder that lays out handles of the resources <paramref name="resources"/> finds (by the handle's resource node).</summary>
    public AbiTypeBuilder(Func<TypeNode, Wit.Binary.Loading.ResourceDefinition?> resources)
    {
        _resources = resources;
    }

    /// <summary>The layout of <paramref name="node"/>, the type of <paramref name="where"/> (e.g. <c>parameter 'x'</c>) of <paramref name="function"/>.</summary>
    /// <exception cref="NotSupportedException">The type holds a resource handle, a stream, a future or an error-context, or is not a value type.</exception>
    public AbiType Build(TypeNode node, string function, string where)
    {
        _function = function;
        _where = where;
        return Layout(node, 0);
    }

    private static AbiType Scalar(AbiKind kind, uint size, FlatType flat) => new(kind, size, size, [flat], 1);

    private AbiType Layout(TypeNode node, int depth)
    {
        if (depth > MaxDepth)
        {
            throw Unsupported($"a type nested more than {MaxDepth} deep");
        }

        node = NamedNode.Unwrap(node);
        if (_cache.TryGetValue(node, out var cached))
        {
            return cached;
        }

        if (IsEmpty(node))
        {
            throw Unsupported("an empty record, tuple, variant, enum, flags or fixed-length list, which the component model does not allow");
        }

        var layout = node switch
        {
            PrimitiveNode primitive => Primitives.TryGetValue(primitive.Kind, out var p)
                ? p
                : throw Unsupported($"'{(primitive.Kind == PrimitiveKind.ErrorContext ? "error-context" : primitive.Kind.ToString().ToLowerInvariant())}', which the direct backend does not support yet"),
            RecordNode record => Record(AbiKind.Record, record.Fields.Select(f => Layout(f.Type, depth + 1)).ToArray(), Utf8(record.Fields.Select(f => f.Name))),
            TupleNode tuple => Record(AbiKind.Tuple, tuple.Items.Select(t => Layout(t, depth + 1)).ToArray(), []),
            VariantNode variant => Variant(
                AbiKind.Variant,
                variant.Cases.Select(c => c.Type is { } t ? Layout(t, depth + 1) : null).ToArray(),
                Utf8(variant.Cases.Select(c => c.Name))),
            LabelsNode { IsFlags: true } flags => Flags(flags.Names),
            LabelsNode labels => Variant(AbiKind.Enum, new AbiType?[labels.Names.Count], Utf8(labels.Names)),
            WrapperNode { Keyword: "option", Element: { } element } => Variant(AbiKind.Option, [null, Layout(element, depth + 1)], Utf8(["none", "some"])),
            WrapperNode wrapper => throw Unsupported($"'{wrapper.Keyword}', which the direct backend does not support yet (async types come later)"),
            ResultNode result => Variant(
                AbiKind.Result,
                [result.Ok is { } ok ? Layout(ok, depth + 1) : null, result.Error is { } err ? Layout(err, depth + 1) : null],
                Utf8(["ok", "error"])),
            ListNode { Length: { } length } fixedList => FixedList(Layout(fixedList.Element, depth + 1), length),
            ListNode list => new AbiType(AbiKind.List, 8, 4, [FlatType.I32, FlatType.I32], 2) { Element = Layout(list.Element, depth + 1) },
            MapNode map => new AbiType(AbiKind.Map, 8, 4, [FlatType.I32, FlatType.I32], 2)
            {
                Element = Record(AbiKind.Tuple, [Layout(map.Key, depth + 1), Layout(map.Value, depth + 1)], []),
            },
            HandleNode handle => Handle(handle),
            _ => throw Unsupported($"a {node.GetType().Name.Replace("Node", string.Empty, StringComparison.Ordinal).ToLowerInvariant()}, which is not a value type"),
        };
        _cache[node] = layout;
        return layout;
    }

    private AbiType Handle(HandleNode handle)
    {
        var resource = _resources?.Invoke(handle.Resource)
            ?? throw Unsupported($"'{(handle.IsOwn ? "own" : "borrow")}<…>', a handle of a resource the component's plan does not define or import");
        return new AbiType(handle.IsOwn ? AbiKind.Own : AbiKind.Borrow, 4, 4, [FlatType.I32], 1) { Resource = resource };
    }

    /// <summary>Types the spec asserts are never empty (<c>elem_size_record</c>, <c>discriminant_type</c>, <c>alignment_flags</c>).</summary>
    private static bool IsEmpty(TypeNode node) => node switch
    {
        RecordNode record => record.Fields.Count == 0,
        TupleNode tuple => tuple.Items.Count == 0,
        VariantNode variant => variant.Cases.Count == 0,
        LabelsNode labels => labels.Names.Count == 0,
        ListNode list => list.Length == 0,
        _ => false,
    };

    /// <summary>A record or tuple (<c>elem_size_record</c>, <c>alignment_record</c>, <c>flatten_record</c>).</summary>
    internal static AbiType Record(AbiKind kind, AbiType[] fields, byte[][] names)
    {
        ulong size = 0;
        uint alignment = 1;
        var offsets = new uint[fields.Length];
        var flat = new List<FlatType>();
        long flatCount = 0;
        for (var i = 0; i < fields.Length; i++)
        {
            size = CanonicalLayout.AlignTo(size, fields[i].Alignment);
            offsets[i] = CanonicalLayout.Saturate(size);
            size += fields[i].Size;
            alignment = Math.Max(alignment, fields[i].Alignment);
            AddFlat(flat, fields[i].Flat);
            flatCount += fields[i].FlatCount;
        }

        return new AbiType(kind, CanonicalLayout.Saturate(CanonicalLayout.AlignTo(size, alignment)), alignment, flat.ToArray(), SaturateCount(flatCount))
        {
            Fields = fields,
            Offsets = offsets,
            Names = names,
        };
    }

    /// <summary>A variant-like type (<c>elem_size_variant</c>, <c>alignment_variant</c>, <c>flatten_variant</c>).</summary>
    internal static AbiType Variant(AbiKind kind, AbiType?[] cases, byte[][] names)
    {
        var discriminantSize = CanonicalLayout.DiscriminantSize(cases.Length);
        uint caseAlignment = 1;
        uint payloadSize = 0;
        var payloadFlat = new List<FlatType>();
        var payloadCount = 0;
        foreach (var payload in cases)
        {
            if (payload is null)
            {
                continue;
            }

            caseAlignment = Math.Max(caseAlignment, payload.Alignment);
            payloadSize = Math.Max(payloadSize, payload.Size);
            payloadCount = Math.Max(payloadCount, payload.FlatCount);
            for (var i = 0; i < payload.Flat.Length; i++)
            {
                if (i < payloadFlat.Count)
                {
                    payloadFlat[i] = CanonicalLayout.Join(payloadFlat[i], payload.Flat[i]);
                }
                else
                {
                    payloadFlat.Add(payload.Flat[i]);
                }
            }
        }

        var payloadOffset = CanonicalLayout.AlignTo(discriminantSize, caseAlignment);
        var alignment = Math.Max(discriminantSize, caseAlignment);
        var size = CanonicalLayout.AlignTo((ulong)payloadOffset + payloadSize, alignment);
        var flat = new List<FlatType> { FlatType.I32 };
        AddFlat(flat, payloadFlat);
        return new AbiType(kind, CanonicalLayout.Saturate(size), alignment, flat.ToArray(), SaturateCount(1L + payloadCount))
        {
            Cases = cases,
            Names = names,
            DiscriminantSize = discriminantSize,
            PayloadOffset = payloadOffset,
        };
    }

    /// <summary>A flags type: one byte up to 8 flags, two up to 16, else 32-bit words.</summary>
    private static AbiType Flags(IReadOnlyList<string> labels)
    {
        var names = Utf8(labels);
        if (labels.Count <= 16)
        {
            var size = labels.Count <= 8 ? 1u : 2u;
            return new AbiType(AbiKind.Flags, size, size, [FlatType.I32], 1) { Names = names };
        }

        var words = (labels.Count + 31) / 32;
        var flat = Enumerable.Repeat(FlatType.I32, Math.Min(words, AbiType.MaxTrackedFlat)).ToArray();
        return new AbiType(AbiKind.Flags, CanonicalLayout.Saturate(4UL * (ulong)words), 4, flat, words) { Names = names };
    }

    private static AbiType FixedList(AbiType element, uint length)
    {
        var flat = new List<FlatType>();
        for (uint i = 0; i < length && element.Flat.Length > 0 && flat.Count < AbiType.MaxTrackedFlat; i++)
        {
            AddFlat(flat, element.Flat);
        }

        return new AbiType(AbiKind.FixedList, CanonicalLayout.Saturate((ulong)element.Size * length), element.Alignment, flat.ToArray(), SaturateCount((long)element.FlatCount * length))
        {
            Element = element,
            Length = length,
        };
    }

    private static void AddFlat(List<FlatType> flat, IEnumerable<FlatType> more)
    {
        foreach (var type in more)
        {
            if (flat.Count >= AbiType.MaxTrackedFlat)
            {
                return;
            }

            flat.Add(type);
        }
    }

    private static int SaturateCount(long count) => count > int.MaxValue ? int.MaxValue : (int)count;

    private static byte[][] Utf8(IEnumerable<string> names) => names.Select(Encoding.UTF8.GetBytes).ToArray();

    private NotSupportedException Unsupported(string what) => new($"{_function}: {_where} has {what}.");
}
