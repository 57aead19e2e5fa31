using WitBindgen.CodeGen.Context;
using WitBindgen.Wit.Model;
using WitBindgen.Wit.Syntax;

namespace WitBindgen.CodeGen.Emit.Host;

/// <summary>Facts about WIT types that decide the shape of host marshalling code.</summary>
internal static class HostTypeFacts
{
    /// <summary>The runtime's value type, fully qualified.</summary>
    public const string Val = "global::WitBindgen.Runtime.ComponentVal";

    /// <summary>
    /// Whether a lowered value of this type owns native memory that must be released after a call. Only
    /// numbers, <c>bool</c> and <c>char</c> are plain scalars; everything else (including enums, whose case
    /// name is stored) owns memory.
    /// </summary>
    public static bool OwnsMemory(WitModel model, WitType type)
    {
        var target = model.Unalias(type);
        return target.Primitive is not { } primitive || primitive == PrimitiveKind.String;
    }

    /// <summary>Whether the C# type of <paramref name="type"/> is a value type (so <c>T?</c> is <c>Nullable&lt;T&gt;</c>).</summary>
    public static bool IsValueType(CodeGenContext context, WitType type)
    {
        var target = context.Model.Unalias(type);
        if (target.Primitive is { } primitive)
        {
            return primitive != PrimitiveKind.String;
        }

        return context.Model[target.Id].Kind switch
        {
            EnumKind or FlagsKind or TupleKind or ResultKind => true,

            // option<T> is T?, itself a value type only when T is one; an option inside an option is Option<T>.
            OptionKind o => IsOption(context.Model, o.Element, out _) || IsValueType(context, o.Element),
            _ => false,
        };
    }

    /// <summary>Whether the unaliased type is an <c>option</c>, and its element.</summary>
    public static bool IsOption(WitModel model, WitType type, out WitType element)
    {
        var target = model.Unalias(type);
        if (!target.IsPrimitive && model[target.Id].Kind is OptionKind o)
        {
            element = o.Element;
            return true;
        }

        element = default;
        return false;
    }

    /// <summary>A short WIT description of a type for error messages: <c>string</c>, <c>list</c>, <c>record point</c>.</summary>
    public static string Describe(WitModel model, WitType type)
    {
        var target = model.Unalias(type);
        if (target.Primitive is { } primitive)
        {
            return primitive.ToString().ToLowerInvariant();
        }

        var def = model[target.Id];
        var kind = def.Kind switch
        {
            RecordKind => "record",
            VariantKind => "variant",
            EnumKind => "enum",
            FlagsKind => "flags",
            ListKind => "list",
            FixedLengthListKind => "fixed-length list",
            MapKind => "map",
            TupleKind => "tuple",
            OptionKind => "option",
            ResultKind => "result",
            _ => "value",
        };
        return def.Name is { } name ? kind + " " + name : kind;
    }
}
