namespace WitBindgen.Wit.Model;

/// <summary>What a type definition is. Subtypes mirror the WIT type constructors.</summary>
public abstract record TypeDefKind;

/// <summary><c>type a = b;</c>: another name for <see cref="Target"/>.</summary>
public sealed record AliasKind(WitType Target) : TypeDefKind;

/// <summary><c>record</c>.</summary>
public sealed record RecordKind(EquatableArray<Field> Fields) : TypeDefKind;

/// <summary>A record field.</summary>
public sealed record Field(string Name, WitType Type, string? Docs);

/// <summary><c>variant</c>.</summary>
public sealed record VariantKind(EquatableArray<Case> Cases) : TypeDefKind;

/// <summary>A variant case; <see cref="Type"/> is null when it has no payload.</summary>
public sealed record Case(string Name, WitType? Type, string? Docs);

/// <summary><c>enum</c>.</summary>
public sealed record EnumKind(EquatableArray<EnumCase> Cases) : TypeDefKind;

/// <summary>An enum case.</summary>
public sealed record EnumCase(string Name, string? Docs);

/// <summary><c>flags</c>.</summary>
public sealed record FlagsKind(EquatableArray<Flag> Flags) : TypeDefKind;

/// <summary>A flag.</summary>
public sealed record Flag(string Name, string? Docs);

/// <summary><c>tuple&lt;…&gt;</c>.</summary>
public sealed record TupleKind(EquatableArray<WitType> Types) : TypeDefKind;

/// <summary><c>list&lt;T&gt;</c>.</summary>
public sealed record ListKind(WitType Element) : TypeDefKind;

/// <summary><c>list&lt;T, N&gt;</c>.</summary>
public sealed record FixedLengthListKind(WitType Element, uint Length) : TypeDefKind;

/// <summary><c>map&lt;K, V&gt;</c>.</summary>
public sealed record MapKind(WitType Key, WitType Value) : TypeDefKind;

/// <summary><c>option&lt;T&gt;</c>.</summary>
public sealed record OptionKind(WitType Element) : TypeDefKind;

/// <summary><c>result&lt;T, E&gt;</c>; either side may be absent.</summary>
public sealed record ResultKind(WitType? Ok, WitType? Err) : TypeDefKind;

/// <summary><c>future&lt;T&gt;</c>; <see cref="Element"/> is null for a bare <c>future</c>.</summary>
public sealed record FutureKind(WitType? Element) : TypeDefKind;

/// <summary><c>stream&lt;T&gt;</c>; <see cref="Element"/> is null for a bare <c>stream</c>.</summary>
public sealed record StreamKind(WitType? Element) : TypeDefKind;

/// <summary>Ownership of a handle.</summary>
public enum HandleOwnership
{
    /// <summary><c>own&lt;R&gt;</c> (also a bare resource name).</summary>
    Own,

    /// <summary><c>borrow&lt;R&gt;</c>.</summary>
    Borrow,
}

/// <summary>A handle to a resource.</summary>
public sealed record HandleKind(HandleOwnership Ownership, TypeId Resource) : TypeDefKind;

/// <summary><c>resource</c>. Its functions live with the functions of its owner.</summary>
public sealed record ResourceKind : TypeDefKind
{
    /// <summary>The single instance.</summary>
    public static ResourceKind Instance { get; } = new();
}
