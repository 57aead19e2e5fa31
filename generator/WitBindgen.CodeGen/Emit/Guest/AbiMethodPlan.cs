using System.Globalization;
using WitBindgen.CodeGen.Context;
using WitBindgen.CodeGen.Naming;
using WitBindgen.Wit.Abi;
using WitBindgen.Wit.Model;
using WitBindgen.Wit.Syntax;

namespace WitBindgen.CodeGen.Emit.Guest;

/// <summary>
/// Names the lifting and lowering methods of each WIT type and remembers which ones the bindings use, so only
/// those are generated. Each type gets up to four: <c>Store</c>/<c>Load</c> (to and from linear memory) and
/// <c>Lower</c>/<c>Lift</c> (to and from flat core values, as <c>ulong</c> slots holding each core value's bits).
/// Primitives use the fixed helpers of <see cref="AbiRuntimeWriter"/>.
/// </summary>
internal sealed class AbiMethodPlan
{
    private readonly HashSet<AbiTypeRef> _memory = new();
    private readonly HashSet<AbiTypeRef> _flat = new();
    private readonly Queue<(AbiTypeRef Type, bool Flat)> _pending = new();

    public AbiMethodPlan(CodeGenContext context)
    {
        Context = context;
    }

    public CodeGenContext Context { get; }

    private WitModel Model => Context.Model;

    /// <summary>The reference for <paramref name="type"/> in its ordinary form, aliases followed.</summary>
    public AbiTypeRef Ref(WitType type) => new(Model.Unalias(type), false);

    /// <summary>The reference for the payload of an option: an option again is in its <c>Option&lt;T&gt;</c> form.</summary>
    public AbiTypeRef OptionPayload(WitType element)
    {
        var target = Model.Unalias(element);
        return new AbiTypeRef(target, !target.IsPrimitive && Model[target.Id].Kind is OptionKind);
    }

    /// <summary>The C# type of <paramref name="type"/>.</summary>
    public string CSharpType(AbiTypeRef type)
    {
        if (type.OptionStruct && Model[type.Type.Id].Kind is OptionKind option)
        {
            return $"global::WitBindgen.Option<{CSharpType(OptionPayload(option.Element))}>";
        }

        return Context.Types.Map(type.Type);
    }

    /// <summary>The layout of <paramref name="type"/>.</summary>
    public TypeLayout Layout(WitType type) => CanonicalAbi.LayoutOf(Model, type);

    public string Store(AbiTypeRef t) => Name("Store", t, flat: false);

    public string Load(AbiTypeRef t) => Name("Load", t, flat: false);

    public string Lower(AbiTypeRef t) => Name("Lower", t, flat: true);

    public string Lift(AbiTypeRef t) => Name("Lift", t, flat: true);

    /// <summary>The next type whose methods are used but not yet written, or null when all are written.</summary>
    public (AbiTypeRef Type, bool Flat)? Next() => _pending.Count > 0 ? _pending.Dequeue() : null;

    /// <summary>A unique readable suffix for the methods of <paramref name="t"/>: <c>U32</c>, <c>Point3</c>, <c>List7</c>.</summary>
    public string Key(AbiTypeRef t)
    {
        if (t.Type.Primitive is { } p)
        {
            return PrimitiveKey(p);
        }

        if (IsBytes(t.Type))
        {
            return "Bytes";
        }

        var def = Model[t.Type.Id];
        var stem = def.Name is { } name ? CSharpNames.ToPascalCase(name) : KindWord(def.Kind);
        return stem + t.Type.Id.Index.ToString(CultureInfo.InvariantCulture) + (t.OptionStruct ? "Struct" : string.Empty);
    }

    /// <summary>Whether <paramref name="type"/> is <c>list&lt;u8&gt;</c>, lifted and lowered as a block of bytes.</summary>
    public bool IsBytes(WitType type) =>
        !type.IsPrimitive && Model[type.Id].Kind is ListKind list && Model.Unalias(list.Element).Primitive == PrimitiveKind.U8;

    private string Name(string verb, AbiTypeRef t, bool flat)
    {
        if (!t.Type.IsPrimitive && !IsBytes(t.Type))
        {
            var set = flat ? _flat : _memory;
            if (set.Add(t))
            {
                _pending.Enqueue((t, flat));
            }
        }

        return verb + Key(t);
    }

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
        _ => throw new InvalidOperationException($"WIT `{kind}` cannot be lifted or lowered by guest bindings yet"),
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
