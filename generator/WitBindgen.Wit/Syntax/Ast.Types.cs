namespace WitBindgen.Wit.Syntax;

/// <summary>A named type definition: alias, record, variant, enum, flags or resource.</summary>
public abstract record TypeDefSyntax(Docs Docs, EquatableArray<GateSyntax> Gates, Identifier Name, TextSpan Span);

/// <summary><c>type name = T;</c>.</summary>
public sealed record TypeAliasSyntax(Docs Docs, EquatableArray<GateSyntax> Gates, Identifier Name, TypeSyntax Type, TextSpan Span)
    : TypeDefSyntax(Docs, Gates, Name, Span);

/// <summary><c>record name { field: T, … }</c>.</summary>
public sealed record RecordSyntax(Docs Docs, EquatableArray<GateSyntax> Gates, Identifier Name, EquatableArray<FieldSyntax> Fields, TextSpan Span)
    : TypeDefSyntax(Docs, Gates, Name, Span);

/// <summary>A record field.</summary>
public sealed record FieldSyntax(Docs Docs, Identifier Name, TypeSyntax Type);

/// <summary><c>variant name { case(T), … }</c>.</summary>
public sealed record VariantSyntax(Docs Docs, EquatableArray<GateSyntax> Gates, Identifier Name, EquatableArray<CaseSyntax> Cases, TextSpan Span)
    : TypeDefSyntax(Docs, Gates, Name, Span);

/// <summary>A variant case with an optional payload.</summary>
public sealed record CaseSyntax(Docs Docs, Identifier Name, TypeSyntax? Type);

/// <summary><c>enum name { a, b }</c>.</summary>
public sealed record EnumSyntax(Docs Docs, EquatableArray<GateSyntax> Gates, Identifier Name, EquatableArray<NamedCaseSyntax> Cases, TextSpan Span)
    : TypeDefSyntax(Docs, Gates, Name, Span);

/// <summary><c>flags name { a, b }</c>.</summary>
public sealed record FlagsSyntax(Docs Docs, EquatableArray<GateSyntax> Gates, Identifier Name, EquatableArray<NamedCaseSyntax> Flags, TextSpan Span)
    : TypeDefSyntax(Docs, Gates, Name, Span);

/// <summary>An enum case or a flag.</summary>
public sealed record NamedCaseSyntax(Docs Docs, Identifier Name);

/// <summary><c>resource name;</c> or <c>resource name { … }</c>.</summary>
public sealed record ResourceSyntax(Docs Docs, EquatableArray<GateSyntax> Gates, Identifier Name, EquatableArray<ResourceFuncSyntax> Funcs, TextSpan Span)
    : TypeDefSyntax(Docs, Gates, Name, Span);

/// <summary>How a function belongs to a resource.</summary>
public enum ResourceFuncKind
{
    /// <summary><c>name: func(…)</c>, taking <c>self</c>.</summary>
    Method,

    /// <summary><c>name: static func(…)</c>.</summary>
    Static,

    /// <summary><c>constructor(…)</c>.</summary>
    Constructor,
}

/// <summary>A function inside a resource block. For a constructor, <see cref="Name"/> is the <c>constructor</c> keyword.</summary>
public sealed record ResourceFuncSyntax(
    Docs Docs,
    EquatableArray<GateSyntax> Gates,
    ResourceFuncKind Kind,
    Identifier Name,
    FuncSyntax Func,
    TextSpan Span);

/// <summary>A type expression.</summary>
public abstract record TypeSyntax(TextSpan Span);

/// <summary>A primitive type.</summary>
public sealed record PrimitiveTypeSyntax(PrimitiveKind Kind, TextSpan Span) : TypeSyntax(Span);

/// <summary>A reference to a named type.</summary>
public sealed record NamedTypeSyntax(Identifier Name) : TypeSyntax(Name.Span);

/// <summary><c>list&lt;T&gt;</c>, or <c>list&lt;T, N&gt;</c> when <see cref="Length"/> is set.</summary>
public sealed record ListTypeSyntax(TypeSyntax Element, uint? Length, TextSpan Span) : TypeSyntax(Span);

/// <summary><c>map&lt;K, V&gt;</c>.</summary>
public sealed record MapTypeSyntax(TypeSyntax Key, TypeSyntax Value, TextSpan Span) : TypeSyntax(Span);

/// <summary><c>option&lt;T&gt;</c>.</summary>
public sealed record OptionTypeSyntax(TypeSyntax Element, TextSpan Span) : TypeSyntax(Span);

/// <summary><c>result</c>, <c>result&lt;T&gt;</c>, <c>result&lt;_, E&gt;</c> or <c>result&lt;T, E&gt;</c>.</summary>
public sealed record ResultTypeSyntax(TypeSyntax? Ok, TypeSyntax? Err, TextSpan Span) : TypeSyntax(Span);

/// <summary><c>tuple&lt;…&gt;</c>.</summary>
public sealed record TupleTypeSyntax(EquatableArray<TypeSyntax> Elements, TextSpan Span) : TypeSyntax(Span);

/// <summary><c>own&lt;R&gt;</c>.</summary>
public sealed record OwnTypeSyntax(Identifier Resource, TextSpan Span) : TypeSyntax(Span);

/// <summary><c>borrow&lt;R&gt;</c>.</summary>
public sealed record BorrowTypeSyntax(Identifier Resource, TextSpan Span) : TypeSyntax(Span);

/// <summary><c>future</c> or <c>future&lt;T&gt;</c>.</summary>
public sealed record FutureTypeSyntax(TypeSyntax? Element, TextSpan Span) : TypeSyntax(Span);

/// <summary><c>stream</c> or <c>stream&lt;T&gt;</c>.</summary>
public sealed record StreamTypeSyntax(TypeSyntax? Element, TextSpan Span) : TypeSyntax(Span);
