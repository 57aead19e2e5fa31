using System.Globalization;
using WitBindgen.Wit.Syntax;

namespace WitBindgen.CodeGen.Emit.Abi;

/// <summary>Small pieces of C# text the lifting and lowering writers share.</summary>
internal static class AbiText
{
    /// <summary>An unsigned literal: <c>12u</c>.</summary>
    public static string U(uint value) => value.ToString(CultureInfo.InvariantCulture) + "u";

    /// <summary>An int literal.</summary>
    public static string I(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary><c>ptr</c> plus a constant offset, without <c> + 0u</c>.</summary>
    public static string Offset(string ptr, uint offset) => offset == 0 ? ptr : $"{ptr} + {U(offset)}";

    /// <summary>The helper suffix and C# type of a discriminant: <c>("U8", "byte")</c>.</summary>
    public static (string Key, string Type) Discriminant(PrimitiveKind kind) => kind switch
    {
        PrimitiveKind.U8 => ("U8", "byte"),
        PrimitiveKind.U16 => ("U16", "ushort"),
        _ => ("U32", "uint"),
    };

    /// <summary>A WIT-ish description of a type for messages, escaped for a C# string literal.</summary>
    public static string Literal(string text) => "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
}
