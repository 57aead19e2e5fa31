namespace WitBindgen.Wit.Printing;

/// <summary>Spells identifiers so they re-lex as identifiers: keywords get the <c>%</c> escape.</summary>
internal static class WitNames
{
    /// <summary>
    /// Every word the WIT lexer reserves (a superset is harmless: <c>%name</c> is valid for any identifier).
    /// </summary>
    private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal)
    {
        "as", "async", "bool", "borrow", "char", "constructor", "enum", "error-context", "export", "f32", "f64",
        "flags", "float32", "float64", "from", "func", "future", "import", "include", "interface", "list", "map",
        "option", "own", "package", "record", "resource", "result", "s16", "s32", "s64", "s8", "static",
        "stream", "string", "tuple", "type", "u16", "u32", "u64", "u8", "use", "variant", "with", "world",
    };

    /// <summary>The identifier as written in WIT.</summary>
    public static string Escape(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return "%unnamed";
        }

        return Keywords.Contains(name!) ? "%" + name : name!;
    }
}
