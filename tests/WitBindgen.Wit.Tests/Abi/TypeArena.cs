using WitBindgen.Wit.Abi;
using WitBindgen.Wit.Model;
using WitBindgen.Wit.Syntax;

namespace WitBindgen.Wit.Tests.Abi;

/// <summary>Builds a type arena by hand, the way the resolver would, for layout tests.</summary>
internal sealed class TypeArena
{
    private readonly List<TypeDef> _types = new();

    public static WitType U8 => WitType.Of(PrimitiveKind.U8);

    public static WitType U16 => WitType.Of(PrimitiveKind.U16);

    public static WitType U32 => WitType.Of(PrimitiveKind.U32);

    public static WitType U64 => WitType.Of(PrimitiveKind.U64);

    public static WitType S64 => WitType.Of(PrimitiveKind.S64);

    public static WitType Float32 => WitType.Of(PrimitiveKind.F32);

    public static WitType Float64 => WitType.Of(PrimitiveKind.F64);

    public static WitType Str => WitType.Of(PrimitiveKind.String);

    /// <summary>Adds a type and returns a reference to it.</summary>
    public WitType Add(TypeDefKind kind, string? name = null)
    {
        _types.Add(new TypeDef(name, kind, TypeOwner.None, null, Stability.Unknown, null));
        return WitType.Of(new TypeId(_types.Count - 1));
    }

    /// <summary>Reserves a slot to fill later, for forward references.</summary>
    public WitType Reserve() => Add(new AliasKind(U8));

    /// <summary>Replaces a reserved slot.</summary>
    public void Set(WitType slot, TypeDefKind kind) =>
        _types[slot.Id.Index] = _types[slot.Id.Index] with { Kind = kind };

    public EquatableArray<TypeDef> Types => _types.ToArray();

    public EquatableArray<TypeLayout> Layouts() => CanonicalAbi.ComputeLayouts(Types);

    public TypeLayout LayoutOf(WitType type) => type.Primitive is { } p ? CanonicalAbi.PrimitiveLayout(p) : Layouts()[type.Id.Index];

    public WitModel ToModel() => new(
        EquatableArray<Package>.Empty,
        EquatableArray<Interface>.Empty,
        EquatableArray<World>.Empty,
        Types,
        Layouts(),
        EquatableArray<PackageId>.Empty);

    public static RecordKind Record(params WitType[] fields) =>
        new(fields.Select((t, i) => new Field("f" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), t, null)).ToArray());

    public static VariantKind Variant(params WitType?[] payloads) =>
        new(payloads.Select((t, i) => new Model.Case("c" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), t, null)).ToArray());

    public static FlagsKind Flags(int count) =>
        new(Enumerable.Range(0, count).Select(i => new Flag("f" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), null)).ToArray());

    public static EnumKind Enum(int count) =>
        new(Enumerable.Range(0, count).Select(i => new EnumCase("e" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), null)).ToArray());
}
