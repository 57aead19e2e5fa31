using System.Text;
using WitBindgen.Testing;

namespace WitBindgen.Guest.Tests.Differential;

/// <summary>
/// The WIT the differential tests generate bindings for: one world-level export <c>exp-N: func(v: T) -> list&lt;T&gt;</c>
/// and import <c>imp-N: func(v: T) -> list&lt;T&gt;</c> per type under test, so the bindings contain every
/// lifting and lowering method of <c>T</c> and <c>list&lt;T&gt;</c>. The types cover every value type, nested,
/// at the layout edges: alignment padding, variant payload joins, a 300-case variant (<c>u16</c> discriminant),
/// flags of 8, 16 and 32 members (Wasmtime refuses more than 32), and a record too wide to flatten.
/// </summary>
internal static class TestWorld
{
    /// <summary>The types under test, as written in WIT.</summary>
    public static IReadOnlyList<string> Types { get; } = new[]
    {
        "bool", "u8", "s8", "u16", "s16", "u32", "s32", "u64", "s64", "f32", "f64", "char", "string",
        "list<u8>", "list<string>", "list<char>", "list<list<s32>>",
        "tuple<u8, u64, u16>", "tuple<f32, u64>", "padded", "shape", "color", "joins",
        "flags8", "flags16", "flags32",
        "option<u32>", "option<f64>", "option<option<string>>", "option<option<option<u8>>>",
        "result<u32, string>", "result", "result<_, u8>", "result<string>",
        "big", "nested", "wide",
    };

    public static string Wit
    {
        get
        {
            var text = new StringBuilder();
            text.AppendLine("package test:guest;");
            text.AppendLine("interface types {");
            EdgeTypeDefinitions.AppendTo(text);
            text.AppendLine("}");
            text.AppendLine("world differential {");
            text.AppendLine("  use types.{" + string.Join(", ", EdgeTypeDefinitions.Names) + "};");
            for (var i = 0; i < Types.Count; i++)
            {
                text.AppendLine($"  export exp{i}: func(v: {Types[i]}) -> list<{Types[i]}>;");
                text.AppendLine($"  import imp{i}: func(v: {Types[i]}) -> list<{Types[i]}>;");
            }

            text.AppendLine("}");
            return text.ToString();
        }
    }
}
