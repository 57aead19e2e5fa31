namespace WitBindgen.Wit.Diagnostics;

// Diagnostics reported while reading and parsing one .wit file (codes WIT0001-WIT0099).
// Where wit-parser has a wording for the same problem, the message starts with it so that
// users who know wasm-tools recognise it; a hint on what to do follows where useful.
public static partial class WitDiagnostics
{
    /// <summary>A token other than the one the grammar needs at this point.</summary>
    public static readonly DiagnosticDescriptor UnexpectedToken = new(
        "WIT0001",
        "Unexpected token",
        "expected {0}, found {1}");

    /// <summary>A character that cannot start any token.</summary>
    public static readonly DiagnosticDescriptor UnexpectedCharacter = new(
        "WIT0002",
        "Unexpected character",
        "unexpected character {0}; remove it or check for a typo");

    /// <summary>A <c>/*</c> comment that is never closed.</summary>
    public static readonly DiagnosticDescriptor UnterminatedComment = new(
        "WIT0003",
        "Unterminated block comment",
        "unterminated block comment; close it with `*/` (block comments nest, so every `/*` needs its own `*/`)");

    /// <summary>A string literal that is never closed.</summary>
    public static readonly DiagnosticDescriptor UnterminatedString = new(
        "WIT0004",
        "Unterminated string literal",
        "unterminated string literal; close it with `\"`");

    /// <summary>An identifier with a character kebab-case does not allow.</summary>
    public static readonly DiagnosticDescriptor InvalidIdentifierCharacter = new(
        "WIT0005",
        "Invalid character in identifier",
        "invalid character in identifier {0}; identifiers are kebab-case words of ASCII letters and digits (each word all lower-case or all upper-case, the first starting with a letter)");

    /// <summary>An identifier that is empty, or has an empty word between dashes.</summary>
    public static readonly DiagnosticDescriptor EmptyIdentifierPart = new(
        "WIT0006",
        "Empty identifier part",
        "identifiers must have characters between '-'s");

    /// <summary>A bidirectional override code point, which can disguise what source text means.</summary>
    public static readonly DiagnosticDescriptor ForbiddenCodepoint = new(
        "WIT0007",
        "Forbidden code point",
        "Input contains bidirectional override codepoint {0}; remove it");

    /// <summary>A code point that Unicode deprecates or discourages.</summary>
    public static readonly DiagnosticDescriptor DeprecatedCodepoint = new(
        "WIT0008",
        "Deprecated code point",
        "Codepoint {0} is discouraged by Unicode; remove it");

    /// <summary>A control character other than tab, line feed and carriage return.</summary>
    public static readonly DiagnosticDescriptor ControlCodepoint = new(
        "WIT0009",
        "Control code",
        "Control code '{0}' is not allowed in WIT source; remove it");

    /// <summary>A version that is not valid semver.</summary>
    public static readonly DiagnosticDescriptor InvalidVersion = new(
        "WIT0010",
        "Invalid version",
        "`{0}` is not a valid semantic version; write MAJOR.MINOR.PATCH with optional -PRERELEASE and +BUILD parts, without leading zeros");

    /// <summary>An <c>@name</c> attribute other than since, unstable and deprecated.</summary>
    public static readonly DiagnosticDescriptor UnknownAttribute = new(
        "WIT0011",
        "Unknown attribute",
        "unknown attribute `{0}`; the known attributes are @since, @unstable and @deprecated");

    /// <summary>An attribute argument with the wrong name.</summary>
    public static readonly DiagnosticDescriptor UnexpectedAttributeArgument = new(
        "WIT0012",
        "Unexpected attribute argument",
        "expected `{0}`, found `{1}`");

    /// <summary>Types nested deeper than the parser allows.</summary>
    public static readonly DiagnosticDescriptor TypeNestingTooDeep = new(
        "WIT0013",
        "Type nesting too deep",
        "type nesting too deep; at most {0} levels are allowed, name an inner type with a `type` alias");

    /// <summary>Package blocks nested deeper than the parser allows.</summary>
    public static readonly DiagnosticDescriptor PackageNestingTooDeep = new(
        "WIT0014",
        "Package nesting too deep",
        "package nesting too deep");

    /// <summary>A <c>package … { }</c> block inside another one.</summary>
    public static readonly DiagnosticDescriptor NestedPackageNotTopLevel = new(
        "WIT0015",
        "Nested package not at top level",
        "nested packages must be placed at the top-level; move `package {0} {{ … }}` out of the enclosing package block");

    /// <summary>Attributes written before a <c>package … { }</c> block.</summary>
    public static readonly DiagnosticDescriptor AttributesOnNestedPackage = new(
        "WIT0016",
        "Attributes on nested package",
        "cannot place attributes on nested packages; put them on the interfaces and worlds inside it");

    /// <summary>A fixed-length list length that is zero or does not fit in 32 bits.</summary>
    public static readonly DiagnosticDescriptor InvalidListLength = new(
        "WIT0017",
        "Invalid fixed-length list length",
        "invalid fixed-length list length `{0}`; the length must be an integer from 1 to 4294967295");
}
