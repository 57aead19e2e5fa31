namespace WitBindgen.CodeGen.Naming;

/// <summary>Words that cannot be used as plain C# identifiers where generated code declares parameters and locals.</summary>
internal static class CSharpKeywords
{
    // Every reserved keyword, plus the contextual keywords that change meaning inside the method bodies and
    // signatures emitters write (await in async methods, var/dynamic as types, nameof, yield, ...).
    // Escaping a contextual keyword with '@' is always legal, so erring on the side of escaping is safe.
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const",
        "continue", "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern",
        "false", "finally", "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface",
        "internal", "is", "lock", "long", "namespace", "new", "null", "object", "operator", "out", "override",
        "params", "private", "protected", "public", "readonly", "ref", "return", "sbyte", "sealed", "short",
        "sizeof", "stackalloc", "static", "string", "struct", "switch", "this", "throw", "true", "try", "typeof",
        "uint", "ulong", "unchecked", "unsafe", "ushort", "using", "virtual", "void", "volatile", "while",
        "async", "await", "dynamic", "global", "nameof", "var", "yield", "record", "scoped", "managed", "unmanaged",
        "value", "field", "args",
    };

    /// <summary>Whether <paramref name="identifier"/> must be written as <c>@identifier</c>.</summary>
    public static bool IsKeyword(string identifier) => Words.Contains(identifier);
}
