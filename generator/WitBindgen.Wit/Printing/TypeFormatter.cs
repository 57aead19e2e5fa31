using System.Globalization;
using System.Text;
using WitBindgen.Wit.Model;
using WitBindgen.Wit.Syntax;

namespace WitBindgen.Wit.Printing;

/// <summary>
/// Writes type references as WIT type expressions: named types by name, anonymous types structurally
/// (<c>list&lt;u8&gt;</c>, <c>result&lt;_, e&gt;</c>, <c>borrow&lt;r&gt;</c>, …). Never throws: references outside
/// the model print as <c>%unknown-type</c>, and nesting deeper than <see cref="MaxDepth"/> is cut short.
/// </summary>
internal sealed class TypeFormatter
{
    /// <summary>How deeply anonymous types are expanded before giving up (a resolved model never gets close).</summary>
    public const int MaxDepth = 256;

    private const string Unknown = "%unknown-type";

    private readonly WitModel _model;

    public TypeFormatter(WitModel model) => _model = model;

    /// <summary>The WIT spelling of a primitive.</summary>
    public static string Primitive(PrimitiveKind kind) => kind switch
    {
        PrimitiveKind.Bool => "bool",
        PrimitiveKind.U8 => "u8",
        PrimitiveKind.U16 => "u16",
        PrimitiveKind.U32 => "u32",
        PrimitiveKind.U64 => "u64",
        PrimitiveKind.S8 => "s8",
        PrimitiveKind.S16 => "s16",
        PrimitiveKind.S32 => "s32",
        PrimitiveKind.S64 => "s64",
        PrimitiveKind.F32 => "f32",
        PrimitiveKind.F64 => "f64",
        PrimitiveKind.Char => "char",
        PrimitiveKind.String => "string",
        PrimitiveKind.ErrorContext => "error-context",
        _ => Unknown,
    };

    /// <summary>The type definition behind <paramref name="id"/>, or null when it is outside the model.</summary>
    public TypeDef? Lookup(TypeId id) => id.Index >= 0 && id.Index < _model.Types.Count ? _model.Types[id.Index] : null;

    /// <summary>A reference to <paramref name="type"/>, as written in a field, parameter or alias.</summary>
    public string Reference(WitType type)
    {
        var builder = new StringBuilder();
        AppendReference(builder, type, 0);
        return builder.ToString();
    }

    /// <summary>
    /// The right-hand side of <c>type name = …;</c> for a named type that is not a record, variant, enum, flags or
    /// resource: its structure, with an owned handle spelled <c>own&lt;r&gt;</c> (a bare <c>r</c> would be an alias).
    /// </summary>
    public string Structure(TypeDefKind kind)
    {
        var builder = new StringBuilder();
        if (kind is HandleKind { Ownership: HandleOwnership.Own } own)
        {
            builder.Append("own<").Append(ResourceName(own.Resource)).Append('>');
        }
        else
        {
            AppendStructure(builder, kind, 0);
        }

        return builder.ToString();
    }

    private void AppendReference(StringBuilder builder, WitType type, int depth)
    {
        if (type.Primitive is { } primitive)
        {
            builder.Append(Primitive(primitive));
            return;
        }

        var definition = Lookup(type.Id);
        if (definition is null || depth > MaxDepth)
        {
            builder.Append(Unknown);
            return;
        }

        if (definition.Name is not null)
        {
            builder.Append(WitNames.Escape(definition.Name));
            return;
        }

        AppendStructure(builder, definition.Kind, depth + 1);
    }

    private void AppendStructure(StringBuilder builder, TypeDefKind? kind, int depth)
    {
        switch (kind)
        {
            case AliasKind alias:
                AppendReference(builder, alias.Target, depth);
                break;
            case ListKind list:
                AppendGeneric(builder, "list", depth, list.Element);
                break;
            case FixedLengthListKind fixedList:
                builder.Append("list<");
                AppendReference(builder, fixedList.Element, depth);
                builder.Append(", ").Append(fixedList.Length.ToString(CultureInfo.InvariantCulture)).Append('>');
                break;
            case MapKind map:
                AppendGeneric(builder, "map", depth, map.Key, map.Value);
                break;
            case OptionKind option:
                AppendGeneric(builder, "option", depth, option.Element);
                break;
            case TupleKind tuple:
                AppendGeneric(builder, "tuple", depth, tuple.Types.ToArray());
                break;
            case ResultKind result:
                AppendResult(builder, result, depth);
                break;
            case FutureKind future:
                AppendAsync(builder, "future", future.Element, depth);
                break;
            case StreamKind stream:
                AppendAsync(builder, "stream", stream.Element, depth);
                break;
            case HandleKind { Ownership: HandleOwnership.Borrow } borrow:
                builder.Append("borrow<").Append(ResourceName(borrow.Resource)).Append('>');
                break;
            case HandleKind own:
                builder.Append(ResourceName(own.Resource));
                break;
            default:
                // Records, variants, enums, flags and resources are always named in a valid model.
                builder.Append(Unknown);
                break;
        }
    }

    private void AppendGeneric(StringBuilder builder, string keyword, int depth, params WitType[] arguments)
    {
        builder.Append(keyword).Append('<');
        for (var i = 0; i < arguments.Length; i++)
        {
            if (i > 0)
            {
                builder.Append(", ");
            }

            AppendReference(builder, arguments[i], depth);
        }

        builder.Append('>');
    }

    private void AppendResult(StringBuilder builder, ResultKind result, int depth)
    {
        builder.Append("result");
        if (result.Ok is null && result.Err is null)
        {
            return;
        }

        builder.Append('<');
        if (result.Ok is { } ok)
        {
            AppendReference(builder, ok, depth);
        }
        else
        {
            builder.Append('_');
        }

        if (result.Err is { } err)
        {
            builder.Append(", ");
            AppendReference(builder, err, depth);
        }

        builder.Append('>');
    }

    private void AppendAsync(StringBuilder builder, string keyword, WitType? element, int depth)
    {
        builder.Append(keyword);
        if (element is { } payload)
        {
            builder.Append('<');
            AppendReference(builder, payload, depth);
            builder.Append('>');
        }
    }

    private string ResourceName(TypeId resource) => Lookup(resource)?.Name is { } name ? WitNames.Escape(name) : Unknown;
}
