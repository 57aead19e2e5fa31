using System.Text;

namespace WitBindgen.Testing;

/// <summary>
/// The WIT type definitions that value tests share: every kind of type at the Canonical ABI's layout edges —
/// alignment padding, variant payload joins, a 300-case variant (<c>u16</c> discriminant), flags of 8, 16 and 32
/// members, and a record too wide to flatten.
/// </summary>
internal static class EdgeTypeDefinitions
{
    /// <summary>The names the definitions declare, in order.</summary>
    public static IReadOnlyList<string> Names { get; } =
        ["padded", "shape", "color", "joins", "flags8", "flags16", "flags32", "big", "nested", "wide"];

    /// <summary>Appends the definitions, one per line, indented for the body of an interface.</summary>
    public static void AppendTo(StringBuilder text)
    {
        text.AppendLine("  record padded { a: u8, b: u64, c: u16, d: f32 }");
        text.AppendLine("  variant shape { none, small(u8), wide(f64), text(string), pair(tuple<u16, f32>) }");
        text.AppendLine("  enum color { red, green, blue }");
        text.AppendLine("  variant joins { a(f32), b(u64), c(s8), d(f64), e(tuple<f32, f32>), f(tuple<u8, f64>) }");
        text.AppendLine("  flags flags8 { " + Flags(8) + " }");
        text.AppendLine("  flags flags16 { " + Flags(16) + " }");
        text.AppendLine("  flags flags32 { " + Flags(32) + " }");
        text.AppendLine("  variant big { " + string.Join(", ", Enumerable.Range(0, 300).Select(BigCase)) + " }");
        text.AppendLine("  record nested { name: string, items: list<option<shape>>, meta: tuple<color, flags16>, res: result<list<u8>, padded>, deep: option<list<tuple<char, string>>> }");
        text.AppendLine("  record wide { " + string.Join(", ", Enumerable.Range(0, 17).Select(i => $"w{i}: u32")) + " }");
    }

    /// <summary>The member list of a flags type with <paramref name="count"/> flags.</summary>
    public static string Flags(int count) => string.Join(", ", Enumerable.Range(0, count).Select(i => $"b{i}"));

    private static string BigCase(int i) => (i % 3) switch
    {
        0 => $"c{i}",
        1 => $"c{i}(u8)",
        _ => $"c{i}(string)",
    };
}
