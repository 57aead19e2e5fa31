namespace WitBindgen.Wit.Abi;

public static partial class CanonicalAbi
{
    /// <summary>
    /// The layout of a record or tuple whose fields have the given layouts, in order: each field at the next
    /// offset aligned to it, the whole aligned to the largest field alignment (<c>elem_size_record</c>);
    /// flat is the fields' flat types concatenated.
    /// </summary>
    public static TypeLayout RecordLayout(IReadOnlyList<TypeLayout> fields)
    {
        uint size = 0;
        uint alignment = 1;
        var flat = new FlatBuilder();
        foreach (var field in fields)
        {
            size = Saturate((ulong)AlignTo(size, field.Alignment) + field.Size);
            alignment = Math.Max(alignment, field.Alignment);
            flat.AddRange(field.Flat);
        }

        return new TypeLayout(AlignTo(size, alignment), alignment, flat.ToArray());
    }

    /// <summary>The offset of each field of a record or tuple whose fields have the given layouts.</summary>
    public static EquatableArray<uint> FieldOffsets(IReadOnlyList<TypeLayout> fields)
    {
        var offsets = new uint[fields.Count];
        uint size = 0;
        for (var i = 0; i < fields.Count; i++)
        {
            offsets[i] = AlignTo(size, fields[i].Alignment);
            size = Saturate((ulong)offsets[i] + fields[i].Size);
        }

        return offsets;
    }

    /// <summary>
    /// The layout of a variant whose cases have the given payload layouts (null for a case without payload):
    /// discriminant, then the payload at the largest case alignment, the whole aligned to the larger of the
    /// two; flat is the discriminant's <c>i32</c> followed by the payloads' flat types joined position-wise.
    /// </summary>
    public static TypeLayout VariantLayout(IReadOnlyList<TypeLayout?> cases)
    {
        var shape = VariantShapeOf(cases);
        var flat = new FlatBuilder();
        flat.Add(CoreType.I32);
        var payloadFlat = new FlatBuilder();
        foreach (var payload in cases)
        {
            if (payload is not null)
            {
                payloadFlat.JoinAll(payload.Flat);
            }
        }

        flat.AddRange(payloadFlat.ToArray());
        return new TypeLayout(shape.Size, shape.Alignment, flat.ToArray());
    }

    /// <summary>The discriminant and payload placement of a variant whose cases have the given payload layouts.</summary>
    public static VariantShape VariantShapeOf(IReadOnlyList<TypeLayout?> cases)
    {
        var discriminant = DiscriminantType(cases.Count);
        var discriminantLayout = PrimitiveLayout(discriminant);
        uint caseAlignment = 1;
        uint payloadSize = 0;
        foreach (var payload in cases)
        {
            if (payload is not null)
            {
                caseAlignment = Math.Max(caseAlignment, payload.Alignment);
                payloadSize = Math.Max(payloadSize, payload.Size);
            }
        }

        var payloadOffset = AlignTo(discriminantLayout.Size, caseAlignment);
        var alignment = Math.Max(discriminantLayout.Alignment, caseAlignment);
        var size = AlignTo(Saturate((ulong)payloadOffset + payloadSize), alignment);
        return new VariantShape(discriminant, discriminantLayout.Size, payloadOffset, size, alignment);
    }

    /// <summary>
    /// The layout of a fixed-length list <c>list&lt;T, N&gt;</c>: <paramref name="length"/> elements back to back,
    /// aligned like the element, flat as the element's flat types repeated.
    /// </summary>
    public static TypeLayout FixedLengthListLayout(TypeLayout element, uint length)
    {
        var flat = new FlatBuilder();
        for (uint i = 0; i < length && !element.Flat.IsEmpty && !flat.IsFull; i++)
        {
            flat.AddRange(element.Flat);
        }

        return new TypeLayout(Saturate((ulong)element.Size * length), element.Alignment, flat.ToArray());
    }
}
