using WitBindgen.CodeGen.Context;
using WitBindgen.Wit.Model;
using WitBindgen.Wit.Syntax;

namespace WitBindgen.CodeGen.Mapping;

/// <summary>
/// Writes the C# type for a WIT type, as decided for both binding modes (README, "Generated C#").
/// </summary>
/// <remarks>
/// <para>Declared types (records, variants, enums, flags, resources) are referenced by their fully qualified
/// name. WIT aliases (<c>type a = b</c>, and types brought in by <c>use</c>) and named structural types
/// (<c>type bytes = list&lt;u8&gt;</c>) have no C# declaration: C# has no alias that other files can see, so
/// every use site is written as the aliased type itself.</para>
/// <para><c>option&lt;T&gt;</c> is <c>T?</c>; since C# cannot nest <c>?</c>, an option directly inside an
/// option is written as <c>global::WitBindgen.Option&lt;T&gt;</c> (so <c>option&lt;option&lt;T&gt;&gt;</c> is
/// <c>Option&lt;T&gt;?</c>).</para>
/// <para>Future, stream and error-context have no mapping yet: <see cref="TypeSupport"/> rejects worlds using them
/// before any emitter runs, and asking for them here is a programming error.</para>
/// </remarks>
internal sealed class CSharpTypeMapper
{
    /// <summary>How deep types may nest before mapping gives up (the resolver already limits nesting; this guards hand-made models).</summary>
    public const int MaxDepth = 200;

    private const string ResultType = "global::WitBindgen.Result";
    private const string OptionType = "global::WitBindgen.Option";
    private const string UnitType = "global::WitBindgen.Unit";

    private readonly CodeGenContext _context;
    private readonly Dictionary<TypeId, string> _cache = new();

    public CSharpTypeMapper(CodeGenContext context)
    {
        _context = context;
    }

    /// <summary>The C# type text for <paramref name="type"/>, such as <c>uint</c>, <c>string?</c> or <c>global::Ns.Pkg.Iface.Point[]</c>.</summary>
    public string Map(WitType type) => Map(type, 0);

    /// <summary>The C# keyword type for a primitive.</summary>
    public static string Primitive(PrimitiveKind kind) => kind switch
    {
        PrimitiveKind.Bool => "bool",
        PrimitiveKind.U8 => "byte",
        PrimitiveKind.U16 => "ushort",
        PrimitiveKind.U32 => "uint",
        PrimitiveKind.U64 => "ulong",
        PrimitiveKind.S8 => "sbyte",
        PrimitiveKind.S16 => "short",
        PrimitiveKind.S32 => "int",
        PrimitiveKind.S64 => "long",
        PrimitiveKind.F32 => "float",
        PrimitiveKind.F64 => "double",
        PrimitiveKind.Char => "global::System.Text.Rune",
        PrimitiveKind.String => "string",
        _ => throw new InvalidOperationException($"WIT `{kind}` has no C# mapping yet; TypeSupport must reject it first"),
    };

    private string Map(WitType type, int depth)
    {
        if (type.Primitive is { } primitive)
        {
            return Primitive(primitive);
        }

        if (_cache.TryGetValue(type.Id, out var cached))
        {
            return cached;
        }

        if (depth > MaxDepth)
        {
            throw new InvalidOperationException($"WIT type nesting exceeds {MaxDepth} levels");
        }

        var text = MapDefinition(type.Id, depth + 1);
        _cache[type.Id] = text;
        return text;
    }

    private string MapDefinition(TypeId id, int depth)
    {
        var def = _context.Model[id];
        if (_context.Mode == BindingMode.Host && def.Kind is ResourceKind && HostResources.Role(_context, id) == HostResourceRole.Runtime)
        {
            return HostResources.RuntimeResourceType;
        }

        if (_context.IsDeclared(id))
        {
            return _context.QualifiedTypeName(id);
        }

        return def.Kind switch
        {
            AliasKind a => Map(a.Target, depth),
            ListKind { Element.Primitive: PrimitiveKind.U8 } => "byte[]",
            ListKind l => Map(l.Element, depth) + "[]",
            FixedLengthListKind fl => Map(fl.Element, depth) + "[]",
            OptionKind o => OptionPayload(o.Element, depth) + "?",
            ResultKind r => $"{ResultType}<{Side(r.Ok, depth)}, {Side(r.Err, depth)}>",
            TupleKind t => Tuple(t, depth),
            MapKind m => $"global::System.Collections.Generic.IReadOnlyDictionary<{Map(m.Key, depth)}, {Map(m.Value, depth)}>",
            HandleKind h => Map(WitType.Of(h.Resource), depth),
            _ => throw new InvalidOperationException(
                $"WIT type `{def.Name ?? def.Kind.GetType().Name}` has no C# mapping yet; TypeSupport must reject it first"),
        };
    }

    // The payload of an option: itself, unless it is an option again, which C# cannot write as `T??`.
    private string OptionPayload(WitType element, int depth)
    {
        var target = _context.Model.Unalias(element);
        return !target.IsPrimitive && _context.Model[target.Id].Kind is OptionKind inner
            ? $"{OptionType}<{OptionPayload(inner.Element, depth + 1)}>"
            : Map(element, depth);
    }

    private string Side(WitType? side, int depth) => side is { } t ? Map(t, depth) : UnitType;

    private string Tuple(TupleKind tuple, int depth) => tuple.Types.Count switch
    {
        0 => "global::System.ValueTuple",
        1 => $"global::System.ValueTuple<{Map(tuple.Types[0], depth)}>",
        _ => "(" + string.Join(", ", tuple.Types.Select(t => Map(t, depth))) + ")",
    };
}
