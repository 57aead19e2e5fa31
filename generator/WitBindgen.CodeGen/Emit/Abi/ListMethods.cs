using WitBindgen.CodeGen.Context.Marshal;
using WitBindgen.Wit.Syntax;
using static WitBindgen.CodeGen.Emit.Abi.AbiText;
using static WitBindgen.CodeGen.Emit.Abi.AbiHelperNames;

namespace WitBindgen.CodeGen.Emit.Abi;

/// <summary>
/// Writes, for a <c>list&lt;T&gt;</c> or <c>map&lt;K, V&gt;</c>, the helpers both the memory and the flat forms
/// use: <c>WriteX(Scope s, T[] v)</c> allocates and stores the elements, returning the data offset and length;
/// <c>ReadX(Scope s, uint data, uint length)</c> reads them back and records the block in the scope.
/// A map is a list of key-value tuples.
/// </summary>
internal static class ListMethods
{
    /// <summary>Throws unless the array <c>v</c> has exactly <paramref name="length"/> elements.</summary>
    public static void WriteLengthCheck(IndentedWriter w, uint length)
    {
        w.OpenBlock($"if (v.Length != {I((int)Math.Min(length, int.MaxValue))})");
        w.Line($"throw new global::System.ArgumentException($\"a fixed-length list needs exactly {length} elements, got {{v.Length}}\", nameof(v));");
        w.CloseBlock();
    }

    // A list's data must be aligned like its elements (the Canonical ABI traps otherwise).
    private static void WriteAlignmentCheck(IndentedWriter w, uint alignment)
    {
        if (alignment > 1)
        {
            w.OpenBlock($"if (data % {U(alignment)} != 0)");
            w.Line($"throw new global::System.InvalidOperationException($\"list data at {{data}} is not aligned to {alignment}\");");
            w.CloseBlock();
        }
    }

    /// <summary>Writes the list helpers of <paramref name="list"/>.</summary>
    public static void WriteList(IndentedWriter w, ListMarshal list, AbiHelperSide side)
    {
        var (type, element, layout) = (list.CSharpType, list.Element, list.Element.Layout);
        if (side.CopiesPrimitiveLists && IsBlittable(element))
        {
            WriteBlockCopies(w, list, side);
            return;
        }

        w.OpenBlock($"internal static (uint Data, uint Length) {Write(list)}({side.Scope} s, {type} v)");
        RefusingWriter.WriteNullCheck(w, side, "list");
        w.Line("var length = (uint)v.Length;");
        w.Line($"var data = s.Allocate(checked(length * {U(layout.Size)}), {U(layout.Alignment)});");
        w.OpenBlock("for (var k = 0; k < v.Length; k++)");
        w.Line($"{Store(element)}(s, data + (uint)k * {U(layout.Size)}, v[k]);");
        w.CloseBlock();
        w.Line("return (data, length);");
        w.CloseBlock();
        w.Line();
        w.OpenBlock($"internal static {type} {Read(list)}({side.Scope} s, uint data, uint length)");
        WriteAlignmentCheck(w, layout.Alignment);
        w.Line($"s.Memory.CheckRange(data, (ulong)length * {U(layout.Size)});");
        w.Line($"s.Own(data, length * {U(layout.Size)}, {U(layout.Alignment)});");
        w.Line($"var r = NewArray<{element.CSharpType}>(length);");
        w.OpenBlock("for (var k = 0u; k < length; k++)");
        w.Line($"r[k] = {Load(element)}(s, data + k * {U(layout.Size)});");
        w.CloseBlock();
        w.Line("return r;");
        w.CloseBlock();
        w.Line();
    }

    /// <summary>Writes the list helpers of <paramref name="map"/>.</summary>
    public static void WriteMap(IndentedWriter w, MapMarshal map, AbiHelperSide side)
    {
        var (type, entry, valueOffset) = (map.CSharpType, map.Entry, map.ValueOffset);
        var (k, v) = (map.KeyType, map.ValueType);
        w.OpenBlock($"internal static (uint Data, uint Length) {Write(map)}({side.Scope} s, {type} v)");
        RefusingWriter.WriteNullCheck(w, side, "map");
        w.Line("var length = (uint)v.Count;");
        w.Line($"var data = s.Allocate(checked(length * {U(entry.Size)}), {U(entry.Alignment)});");
        w.Line("var entry = data;");
        w.OpenBlock("foreach (var pair in v)");
        w.Line($"{Store(k)}(s, entry, pair.Key);");
        w.Line($"{Store(v)}(s, {Offset("entry", valueOffset)}, pair.Value);");
        w.Line($"entry += {U(entry.Size)};");
        w.CloseBlock();
        w.Line("return (data, length);");
        w.CloseBlock();
        w.Line();
        w.OpenBlock($"internal static {type} {Read(map)}({side.Scope} s, uint data, uint length)");
        WriteAlignmentCheck(w, entry.Alignment);
        w.Line($"s.Memory.CheckRange(data, (ulong)length * {U(entry.Size)});");
        w.Line($"s.Own(data, length * {U(entry.Size)}, {U(entry.Alignment)});");
        w.Line($"var r = new global::System.Collections.Generic.Dictionary<{k.CSharpType}, {v.CSharpType}>((int)length);");
        w.OpenBlock("for (var e = data; e < data + length * " + U(entry.Size) + "; e += " + U(entry.Size) + ")");
        w.Line($"var key = {Load(k)}(s, e);");
        w.Line($"r[key] = {Load(v)}(s, {Offset("e", valueOffset)});");
        w.CloseBlock();
        w.Line("return r;");
        w.CloseBlock();
        w.Line();
    }

    // Integers and floats are laid out in memory as in a .NET array: the list is one block copy each way.
    private static bool IsBlittable(MarshalType element) =>
        element is PrimitiveMarshal { Kind: not (PrimitiveKind.Bool or PrimitiveKind.Char or PrimitiveKind.String or PrimitiveKind.ErrorContext) };

    private static void WriteBlockCopies(IndentedWriter w, ListMarshal list, AbiHelperSide side)
    {
        var (type, element) = (list.CSharpType, list.Element.CSharpType);
        w.OpenBlock($"internal static (uint Data, uint Length) {Write(list)}({side.Scope} s, {type} v)");
        w.Line(side.RefusesInvalidValues
            ? $"return s.WriteArray<{element}>(v ?? throw NullValue({Literal(element == "byte" ? "list<u8>" : "list")}));"
            : $"return s.WriteArray<{element}>(v ?? throw new global::System.ArgumentNullException(nameof(v)));");
        w.CloseBlock();
        w.Line();
        w.OpenBlock($"internal static {type} {Read(list)}({side.Scope} s, uint data, uint length)");
        w.Line($"return s.ReadArray<{element}>(data, length);");
        w.CloseBlock();
        w.Line();
    }
}
