namespace WitBindgen.Wit.Binary;

/// <summary>Writes WIT identifiers, escaping keywords with <c>%</c>.</summary>
internal static class WitNames
{
    private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal)
    {
        "use", "type", "func", "u8", "u16", "u32", "u64", "s8", "s16", "s32", "s64", "f32", "f64", "float32", "float64",
        "char", "resource", "own", "borrow", "record", "flags", "variant", "enum", "bool", "string", "option", "result",
        "future", "stream", "error-context", "list", "tuple", "as", "from", "static", "interface", "import", "export",
        "world", "package", "constructor", "include", "with", "async", "map",
    };

    /// <summary>The identifier as WIT text: <c>%name</c> when it is a keyword.</summary>
    public static string Escape(string name) => Keywords.Contains(name) ? "%" + name : name;
}
