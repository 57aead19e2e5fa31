using WitBindgen.Wit.Model;

namespace WitBindgen.Wit.Abi;

public static partial class CanonicalAbi
{
    /// <summary>
    /// The byte offset of each field of a record, or of each element of a tuple, following aliases.
    /// Empty for any other kind of type (and for an id outside the model).
    /// </summary>
    /// <param name="model">The model holding the type and its layouts.</param>
    /// <param name="id">A record or tuple type, possibly through aliases.</param>
    /// <exception cref="ArgumentNullException"><paramref name="model"/> is null.</exception>
    public static EquatableArray<uint> FieldOffsets(WitModel model, TypeId id) => KindOf(NotNull(model, nameof(model)), id) switch
    {
        RecordKind record => FieldOffsets(record.Fields.Select(f => LayoutOf(model, f.Type)).ToArray()),
        TupleKind tuple => FieldOffsets(tuple.Types.Select(t => LayoutOf(model, t)).ToArray()),
        _ => EquatableArray<uint>.Empty,
    };

    /// <summary>
    /// The discriminant and payload placement of a variant, enum, option or result, following aliases;
    /// null for any other kind of type. Option's cases are <c>none</c>, <c>some</c>; result's are <c>ok</c>, <c>error</c>.
    /// </summary>
    /// <param name="model">The model holding the type and its layouts.</param>
    /// <param name="id">A variant-like type, possibly through aliases.</param>
    /// <exception cref="ArgumentNullException"><paramref name="model"/> is null.</exception>
    public static VariantShape? VariantShapeOf(WitModel model, TypeId id) => KindOf(NotNull(model, nameof(model)), id) switch
    {
        VariantKind variant => VariantShapeOf(variant.Cases.Select(c => c.Type is { } t ? LayoutOf(model, t) : null).ToArray()),
        EnumKind @enum => VariantShapeOf(new TypeLayout?[@enum.Cases.Count]),
        OptionKind option => VariantShapeOf(new[] { null, LayoutOf(model, option.Element) }),
        ResultKind result => VariantShapeOf(new[] { OptionalLayoutOf(model, result.Ok), OptionalLayoutOf(model, result.Err) }),
        _ => null,
    };

    private static TypeLayout? OptionalLayoutOf(WitModel model, WitType? type) => type is { } t ? LayoutOf(model, t) : null;

    /// <summary>The kind of a type after following aliases, or null when it is a primitive, dangling or an alias cycle.</summary>
    private static TypeDefKind? KindOf(WitModel model, TypeId id)
    {
        var type = WitType.Of(id);
        for (var hops = 0; hops <= model.Types.Count; hops++)
        {
            if (type.Primitive is not null || type.Id.Index < 0 || type.Id.Index >= model.Types.Count)
            {
                return null;
            }

            var kind = model.Types[type.Id.Index]?.Kind;
            if (kind is not AliasKind alias)
            {
                return kind;
            }

            type = alias.Target;
        }

        return null;
    }
}
