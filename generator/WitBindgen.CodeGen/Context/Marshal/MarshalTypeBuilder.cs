using System.Globalization;
using WitBindgen.CodeGen.Naming;
using WitBindgen.Wit.Abi;
using WitBindgen.Wit.Model;
using WitBindgen.Wit.Syntax;

namespace WitBindgen.CodeGen.Context.Marshal;

/// <summary>
/// Builds the <see cref="MarshalType"/> of each WIT type that crosses the boundary: the one place that looks at the
/// kinds of the model's types to decide how values are lifted and lowered. Each type (and each option in its
/// <c>Option&lt;T&gt;</c> form) is built once; the nodes are shared, so a tree is a graph without cycles.
/// </summary>
internal sealed class MarshalTypeBuilder
{
    private readonly CodeGenContext _context;
    private readonly Dictionary<(WitType Type, bool OptionStruct), MarshalType> _built = new();

    public MarshalTypeBuilder(CodeGenContext context)
    {
        _context = context;
    }

    private WitModel Model => _context.Model;

    /// <summary>The node of <paramref name="type"/> in its ordinary form, aliases followed.</summary>
    public MarshalType Build(WitType type) => Build(Model.Unalias(type), optionStruct: false);

    /// <summary>The node <see cref="Build(WitType)"/> made for <paramref name="type"/>, or null when none was made.</summary>
    public MarshalType? Find(WitType type) => _built.TryGetValue((Model.Unalias(type), false), out var node) ? node : null;

    private MarshalType Build(WitType type, bool optionStruct)
    {
        if (!_built.TryGetValue((type, optionStruct), out var node))
        {
            node = Create(type, optionStruct);
            _built[(type, optionStruct)] = node;
        }

        return node;
    }

    // An option directly inside an option is in its Option<T> form.
    private MarshalType BuildOptionPayload(WitType element)
    {
        var target = Model.Unalias(element);
        return Build(target, !target.IsPrimitive && Model[target.Id].Kind is OptionKind);
    }

    private MarshalType Create(WitType type, bool optionStruct)
    {
        var layout = CanonicalAbi.LayoutOf(Model, type);
        if (type.Primitive is { } primitive)
        {
            var facts = new MarshalFacts(type, PrimitiveKey(primitive), primitive.ToString().ToLowerInvariant(), _context.Types.Map(type), layout, primitive != PrimitiveKind.String);
            return primitive == PrimitiveKind.String ? new StringMarshal(facts) : new PrimitiveMarshal(facts, primitive);
        }

        var def = Model[type.Id];
        var isBytes = def.Kind is ListKind bytes && Model.Unalias(bytes.Element).Primitive == PrimitiveKind.U8;
        var key = isBytes
            ? "Bytes"
            : (def.Name is { } name ? CSharpNames.ToPascalCase(name) : KindWord(def.Kind)) + type.Id.Index.ToString(CultureInfo.InvariantCulture) + (optionStruct ? "Struct" : string.Empty);
        var label = def.Name ?? def.Kind.GetType().Name.Replace("Kind", string.Empty).ToLowerInvariant();
        MarshalType? payload = optionStruct && def.Kind is OptionKind o ? BuildOptionPayload(o.Element) : null;
        var csharp = payload is not null ? $"global::WitBindgen.Option<{payload.CSharpType}>" : _context.Types.Map(type);
        var info = new MarshalFacts(type, key, label, csharp, layout, IsValueType(def.Kind, optionStruct));

        switch (def.Kind)
        {
            case HandleKind handle:
                return Handle(info, Model.Unalias(WitType.Of(handle.Resource)).Id, handle.Ownership == HandleOwnership.Borrow);
            case ResourceKind:
                return Handle(info, type.Id, borrow: false);
            case RecordKind record:
                var offsets = CanonicalAbi.FieldOffsets(Model, type.Id);
                var members = _context.Members.Of(type.Id);
                return new RecordMarshal(info, def.Name!, record.Fields.Select((f, k) => new MarshalField(f.Name, members[k], offsets[k], Build(f.Type))).ToList());
            case TupleKind tuple:
                var itemOffsets = CanonicalAbi.FieldOffsets(Model, type.Id);
                return new TupleMarshal(info, tuple.Types.Select((t, k) => new MarshalField(string.Empty, "Item" + (k + 1).ToString(CultureInfo.InvariantCulture), itemOffsets[k], Build(t))).ToList());
            case VariantKind variant:
                var variantShape = CanonicalAbi.VariantShapeOf(Model, type.Id)!;
                var caseNames = _context.Members.Of(type.Id);
                var cases = variant.Cases.Select((c, k) => new MarshalCase(c.Name, caseNames[k], c.Type is { } p ? Build(p) : null)).ToList();
                return new VariantMarshal(info, def.Name ?? "variant", cases, variantShape.Discriminant, variantShape.PayloadOffset);
            case EnumKind @enum:
                var enumMembers = _context.Members.Of(type.Id);
                var discriminant = CanonicalAbi.VariantShapeOf(Model, type.Id)!.Discriminant;
                return new EnumMarshal(info, def.Name ?? "enum", @enum.Cases.Select((c, k) => new MarshalCase(c.Name, enumMembers[k], null)).ToList(), discriminant);
            case FlagsKind flags:
                var flagMembers = _context.Members.Of(type.Id);
                return new FlagsMarshal(info, def.Name ?? "flags", flags.Flags.Select((f, k) => new MarshalCase(f.Name, flagMembers[k], null)).ToList(), FlagsWidth.Of(flags.Flags.Count));
            case OptionKind option:
                return new OptionMarshal(info, payload ?? BuildOptionPayload(option.Element), optionStruct, CanonicalAbi.VariantShapeOf(Model, type.Id)!.PayloadOffset);
            case ResultKind result:
                var resultShape = CanonicalAbi.VariantShapeOf(Model, type.Id)!;
                return new ResultMarshal(info, result.Ok is { } ok ? Build(ok) : null, result.Err is { } err ? Build(err) : null, resultShape.PayloadOffset);
            case ListKind list:
                return new ListMarshal(info, Build(list.Element), isBytes);
            case FixedLengthListKind fixedList:
                return new FixedListMarshal(info, Build(fixedList.Element), fixedList.Length);
            case MapKind map:
                var entryFields = new[] { CanonicalAbi.LayoutOf(Model, map.Key), CanonicalAbi.LayoutOf(Model, map.Value) };
                return new MapMarshal(info, Build(map.Key), Build(map.Value), CanonicalAbi.RecordLayout(entryFields), CanonicalAbi.FieldOffsets(entryFields)[1]);
            default:
                throw new InvalidOperationException($"WIT {label} cannot cross the boundary yet; TypeSupport must reject it first");
        }
    }

    // option<T> is T?, a value type only when T is one; an option inside an option is the Option<T> struct.
    private bool IsValueType(TypeDefKind kind, bool optionStruct) => kind switch
    {
        EnumKind or FlagsKind or TupleKind or ResultKind => true,
        OptionKind option => optionStruct || BuildOptionPayload(option.Element) is { Facts.IsValueType: true } or OptionMarshal,
        _ => false,
    };

    private HandleMarshal Handle(MarshalFacts info, TypeId resource, bool borrow) =>
        new(info, resource, borrow, Model[resource].Name ?? "resource", _context.Types.Map(WitType.Of(resource)));

    private static string PrimitiveKey(PrimitiveKind kind) => kind switch
    {
        PrimitiveKind.Bool => "Bool",
        PrimitiveKind.U8 => "U8",
        PrimitiveKind.U16 => "U16",
        PrimitiveKind.U32 => "U32",
        PrimitiveKind.U64 => "U64",
        PrimitiveKind.S8 => "S8",
        PrimitiveKind.S16 => "S16",
        PrimitiveKind.S32 => "S32",
        PrimitiveKind.S64 => "S64",
        PrimitiveKind.F32 => "F32",
        PrimitiveKind.F64 => "F64",
        PrimitiveKind.Char => "Char",
        PrimitiveKind.String => "String",
        _ => throw new InvalidOperationException($"WIT `{kind}` cannot be lifted or lowered yet"),
    };

    private static string KindWord(TypeDefKind kind) => kind switch
    {
        ListKind => "List",
        FixedLengthListKind => "FixedList",
        OptionKind => "Option",
        ResultKind => "Result",
        TupleKind => "Tuple",
        MapKind => "Map",
        HandleKind => "Handle",
        _ => "Type",
    };
}
