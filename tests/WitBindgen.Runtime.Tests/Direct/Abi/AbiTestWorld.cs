using System.Text;
using WitBindgen.Testing;

namespace WitBindgen.Runtime.Tests.Direct.Abi;

/// <summary>
/// The WIT types the Canonical ABI engine's tests run through: every value type, nested, at the layout edges
/// (padding, variant payload joins, a 300-case variant with a <c>u16</c> discriminant, flags of 8, 16, 32 and 40
/// members, parameters too many to flatten). Each type is the parameter and result of one function <c>callN</c>.
/// </summary>
internal static class AbiTestWorld
{
    /// <summary>The types under test, as written in WIT.</summary>
    public static IReadOnlyList<string> Types { get; } = new[]
    {
        "bool", "u8", "s8", "u16", "s16", "u32", "s32", "u64", "s64", "f32", "f64", "char", "string",
        "list<u8>", "list<u16>", "list<s32>", "list<u64>", "list<f32>", "list<f64>", "list<bool>",
        "list<string>", "list<char>", "list<list<s32>>", "list<padded>",
        "tuple<u8, u64, u16>", "tuple<f32, u64>", "padded", "shape", "color", "joins",
        "flags8", "flags16", "flags32", "flags40",
        "option<u32>", "option<f64>", "option<option<string>>", "option<option<option<u8>>>",
        "result<u32, string>", "result", "result<_, u8>", "result<string>",
        "big", "nested", "wide", "map<string, u32>", "list<u32, 3>", "list<shape, 2>",
    };

    public static string Wit
    {
        get
        {
            var text = new StringBuilder();
            text.AppendLine("package test:abi;");
            text.AppendLine("interface types {");
            EdgeTypeDefinitions.AppendTo(text);
            text.AppendLine("  flags flags40 { " + EdgeTypeDefinitions.Flags(40) + " }");
            for (var i = 0; i < Types.Count; i++)
            {
                text.AppendLine($"  call{i}: func(v: {Types[i]}) -> {Types[i]};");
            }

            text.AppendLine($"  many: func({string.Join(", ", Enumerable.Range(0, 12).Select(i => $"p{i}: {(i % 2 == 0 ? "string" : "u64")}"))}) -> tuple<u8, string>;");
            text.AppendLine("}");
            text.AppendLine("world abi { export types; }");
            return text.ToString();
        }
    }
}
