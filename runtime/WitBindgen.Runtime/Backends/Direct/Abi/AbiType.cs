namespace WitBindgen.Runtime.Backends.Direct.Abi;

/// <summary>
/// A component value type laid out for the Canonical ABI (<c>CanonicalABI.md</c>): its size and alignment in linear
/// memory, its flattening, and what lifting and lowering need of its parts (field offsets, the discriminant's size and
/// the payload's offset, UTF-8 names). Built once per type by <see cref="AbiTypeBuilder"/> and immutable after.
/// </summary>
internal sealed class AbiType
{
    /// <summary>The longest flattening recorded; anything past <see cref="CanonicalLayout.MaxFlatParams"/> goes through memory anyway.</summary>
    public const int MaxTrackedFlat = 256;

    public AbiType(AbiKind kind, uint size, uint alignment, FlatType[] flat, int flatCount)
    {
        Kind = kind;
        Size = size;
        Alignment = alignment;
        Flat = flat;
        FlatCount = flatCount;
    }

    /// <summary>What the type is.</summary>
    public AbiKind Kind { get; }

    /// <summary>Size in bytes in linear memory (<c>elem_size</c>).</summary>
    public uint Size { get; }

    /// <summary>Alignment in bytes (<c>alignment</c>).</summary>
    public uint Alignment { get; }

    /// <summary>The flattened core types (<c>flatten_type</c>, variant payloads joined), at most <see cref="MaxTrackedFlat"/>.</summary>
    public FlatType[] Flat { get; }

    /// <summary>How many core values the type flattens to, saturating at <see cref="int.MaxValue"/>.</summary>
    public int FlatCount { get; }

    /// <summary>The element of a list or fixed-length list; a map's element is the tuple of key and value.</summary>
    public AbiType? Element { get; init; }

    /// <summary>The length of a fixed-length list.</summary>
    public uint Length { get; init; }

    /// <summary>The fields of a record or tuple.</summary>
    public AbiType[] Fields { get; init; } = [];

    /// <summary>The offset of each field.</summary>
    public uint[] Offsets { get; init; } = [];

    /// <summary>Each case's payload (null when it has none): variant, enum, option (none, some) and result (ok, error).</summary>
    public AbiType?[] Cases { get; init; } = [];

    /// <summary>UTF-8 names: record fields, variant and enum cases, flags.</summary>
    public byte[][] Names { get; init; } = [];

    /// <summary>A variant's discriminant size in bytes (1, 2 or 4).</summary>
    public uint DiscriminantSize { get; init; }

    /// <summary>Where every case's payload starts.</summary>
    public uint PayloadOffset { get; init; }

    /// <summary>The resource of an <c>own</c> or <c>borrow</c> handle.</summary>
    public Wit.Binary.Loading.ResourceDefinition? Resource { get; init; }

    /// <summary>Whether a list of this type is stored exactly like a .NET array of the matching primitive (integers and floats).</summary>
    public bool IsBlittable => Kind is >= AbiKind.S8 and <= AbiKind.F64;

    /// <summary>The WIT spelling of the type, for messages.</summary>
    public string Describe() => Kind switch
    {
        AbiKind.List => $"list<{Element!.Describe()}>",
        AbiKind.FixedList => $"list<{Element!.Describe()}, {Length}>",
        AbiKind.Map => $"map<{Element!.Fields[0].Describe()}, {Element.Fields[1].Describe()}>",
        AbiKind.Tuple => $"tuple<{string.Join(", ", Fields.Select(f => f.Describe()))}>",
        AbiKind.Option => $"option<{Cases[1]!.Describe()}>",
        AbiKind.Result => $"result<{Cases[0]?.Describe() ?? "_"}, {Cases[1]?.Describe() ?? "_"}>",
        AbiKind.Own => "own<" + (Resource?.Import?.DisplayName ?? "resource") + ">",
        AbiKind.Borrow => "borrow<" + (Resource?.Import?.DisplayName ?? "resource") + ">",
        _ => Kind.ToString().ToLowerInvariant(),
    };
}
