namespace WitBindgen.Wit.Syntax;

/// <summary><c>interface name { … }</c>.</summary>
public sealed record InterfaceSyntax(
    Docs Docs,
    EquatableArray<GateSyntax> Gates,
    Identifier Name,
    EquatableArray<InterfaceItem> Items,
    TextSpan Span) : TopLevelItem(Span);

/// <summary><c>world name { … }</c>.</summary>
public sealed record WorldSyntax(
    Docs Docs,
    EquatableArray<GateSyntax> Gates,
    Identifier Name,
    EquatableArray<WorldItemSyntax> Items,
    TextSpan Span) : TopLevelItem(Span);

/// <summary>An item inside an interface: a type definition, a <c>use</c> or a function.</summary>
public abstract record InterfaceItem(TextSpan Span);

/// <summary>An item inside a world.</summary>
public abstract record WorldItemSyntax(TextSpan Span);

/// <summary><c>use path.{a, b as c};</c> inside an interface or a world.</summary>
public sealed record UseSyntax(
    EquatableArray<GateSyntax> Gates,
    UsePath Path,
    EquatableArray<UseName> Names,
    TextSpan Span);

/// <summary>One name brought in by a <c>use</c>, optionally renamed.</summary>
public sealed record UseName(Identifier Name, Identifier? As);

/// <summary>A <c>use</c> in an interface.</summary>
public sealed record InterfaceUse(UseSyntax Use) : InterfaceItem(Use.Span);

/// <summary>A <c>use</c> in a world.</summary>
public sealed record WorldUse(UseSyntax Use) : WorldItemSyntax(Use.Span);

/// <summary>A type definition in an interface.</summary>
public sealed record InterfaceTypeDef(TypeDefSyntax TypeDef) : InterfaceItem(TypeDef.Span);

/// <summary>A type definition in a world.</summary>
public sealed record WorldTypeDef(TypeDefSyntax TypeDef) : WorldItemSyntax(TypeDef.Span);

/// <summary><c>name: func(…) -> T;</c> in an interface.</summary>
public sealed record InterfaceFunc(
    Docs Docs,
    EquatableArray<GateSyntax> Gates,
    Identifier Name,
    FuncSyntax Func,
    TextSpan Span) : InterfaceItem(Span);

/// <summary>A function signature: <c>[async] func(params) [-> result]</c>.</summary>
public sealed record FuncSyntax(bool IsAsync, EquatableArray<ParamSyntax> Params, TypeSyntax? Result, TextSpan Span);

/// <summary>A named parameter.</summary>
public sealed record ParamSyntax(Identifier Name, TypeSyntax Type);

/// <summary>Whether a world item is imported or exported.</summary>
public enum ExternDirection
{
    /// <summary><c>import</c>.</summary>
    Import,

    /// <summary><c>export</c>.</summary>
    Export,
}

/// <summary><c>import …;</c> or <c>export …;</c> in a world.</summary>
public sealed record WorldExternSyntax(
    Docs Docs,
    EquatableArray<GateSyntax> Gates,
    ExternDirection Direction,
    ExternKindSyntax Kind,
    TextSpan Span) : WorldItemSyntax(Span);

/// <summary>What a world imports or exports.</summary>
public abstract record ExternKindSyntax(TextSpan Span);

/// <summary><c>import path;</c>: an interface named by a path.</summary>
public sealed record ExternPath(UsePath Path) : ExternKindSyntax(Path.Span);

/// <summary><c>import label: path;</c>: an interface under a plain name of the world's choosing.</summary>
public sealed record ExternNamedPath(Identifier Name, UsePath Path, TextSpan Span) : ExternKindSyntax(Span);

/// <summary><c>import name: func(…);</c>.</summary>
public sealed record ExternFunc(Identifier Name, FuncSyntax Func, TextSpan Span) : ExternKindSyntax(Span);

/// <summary><c>import name: interface { … }</c>.</summary>
public sealed record ExternInterface(Identifier Name, EquatableArray<InterfaceItem> Items, TextSpan Span) : ExternKindSyntax(Span);

/// <summary><c>include path with { a as b };</c>.</summary>
public sealed record IncludeSyntax(
    EquatableArray<GateSyntax> Gates,
    UsePath Path,
    EquatableArray<IncludeName> With,
    TextSpan Span) : WorldItemSyntax(Span);

/// <summary>One rename of an <c>include … with { a as b }</c>.</summary>
public sealed record IncludeName(Identifier Name, Identifier As);
