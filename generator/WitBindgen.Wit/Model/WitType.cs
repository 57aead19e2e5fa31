using WitBindgen.Wit.Syntax;

namespace WitBindgen.Wit.Model;

/// <summary>A reference to a type: a primitive, or a type definition in <see cref="WitModel.Types"/>.</summary>
public readonly record struct WitType
{
    private WitType(PrimitiveKind? primitive, TypeId id)
    {
        Primitive = primitive;
        Id = id;
    }

    /// <summary>The primitive, or null when this refers to a type definition.</summary>
    public PrimitiveKind? Primitive { get; }

    /// <summary>The referenced type definition; meaningful only when <see cref="Primitive"/> is null.</summary>
    public TypeId Id { get; }

    /// <summary>Whether this is a primitive.</summary>
    public bool IsPrimitive => Primitive is not null;

    /// <summary>A primitive type.</summary>
    public static WitType Of(PrimitiveKind primitive) => new(primitive, default);

    /// <summary>A reference to a type definition.</summary>
    public static WitType Of(TypeId id) => new(null, id);

    /// <inheritdoc />
    public override string ToString() => Primitive is { } p ? p.ToString() : $"type#{Id.Index}";
}
