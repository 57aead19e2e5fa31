namespace WitBindgen.CodeGen.Emit.Host;

/// <summary>
/// Writes the fixed part of the host's Canonical ABI class: the helpers of primitives, strings and byte lists that the
/// shared helpers of <see cref="Abi.MemoryHelperWriter"/> and <see cref="Abi.FlatHelperWriter"/> call, over the runtime's
/// <c>CanonicalMemory</c> (checked reads and writes of the guest's memory, its realloc, its string encoding).
/// </summary>
internal static class CanonicalAbiRuntimeWriter
{
    /// <summary>The scope the host's helpers take: the memory of the export being called or the import being implemented.</summary>
    public const string Scope = "global::WitBindgen.Runtime.Canonical.CanonicalMemory";

    /// <summary>The buffer flat arguments are lowered into.</summary>
    public const string LowerFlat = "global::System.Span<ulong>";

    /// <summary>The buffer flat results are lifted from.</summary>
    public const string LiftFlat = "global::System.ReadOnlySpan<ulong>";

    /// <summary>Writes the fixed part.</summary>
    public static void Write(IndentedWriter w)
    {
        foreach (var line in Text.Replace("$S", Scope).Replace("$LOWER", LowerFlat).Replace("$LIFT", LiftFlat).Split('\n'))
        {
            w.Line(line);
        }
    }

    private const string Text = @"/// <summary>An array of <paramref name=""length""/> elements, whose memory the caller checked holds them.</summary>
internal static T[] NewArray<T>(uint length) => length == 0 ? global::System.Array.Empty<T>() : new T[length];

/// <summary>The exception for a discriminant outside a variant's cases; lifting turns it into a trap.</summary>
internal static global::System.InvalidOperationException InvalidDiscriminant(string type, uint value) =>
    new($""{value} is not a case of `{type}`"");

/// <summary>The exception for an enum value outside its cases, which the caller passed; the call names the parameter.</summary>
internal static global::System.ArgumentException UnknownCase(string type, string value) =>
    new($""{value} is not a case of the WIT {type}."");

/// <summary>The exception for flags with bits that name no flag, which the caller passed; the call names the parameter.</summary>
internal static global::System.ArgumentException UnknownFlags(string type, ulong bits, ulong defined) =>
    new($""bits 0x{bits & ~defined:X} are not flags of the WIT {type}."");

/// <summary>The exception for null where the WIT type has none, which the caller passed; the call names the parameter.</summary>
internal static global::System.ArgumentException NullValue(string type) =>
    new($""null is not a WIT {type} (only option<...> has a null)."");

internal static void StoreBool($S s, uint ptr, bool v) => s.Write<byte>(ptr, v ? (byte)1 : (byte)0);
internal static void StoreU8($S s, uint ptr, byte v) => s.Write(ptr, v);
internal static void StoreS8($S s, uint ptr, sbyte v) => s.Write(ptr, v);
internal static void StoreU16($S s, uint ptr, ushort v) => s.Write(ptr, v);
internal static void StoreS16($S s, uint ptr, short v) => s.Write(ptr, v);
internal static void StoreU32($S s, uint ptr, uint v) => s.Write(ptr, v);
internal static void StoreS32($S s, uint ptr, int v) => s.Write(ptr, v);
internal static void StoreU64($S s, uint ptr, ulong v) => s.Write(ptr, v);
internal static void StoreS64($S s, uint ptr, long v) => s.Write(ptr, v);
internal static void StoreF32($S s, uint ptr, float v) => s.Write(ptr, v);
internal static void StoreF64($S s, uint ptr, double v) => s.Write(ptr, v);
internal static void StoreChar($S s, uint ptr, global::System.Text.Rune v) => s.Write(ptr, (uint)v.Value);

internal static void StoreString($S s, uint ptr, string v)
{
    var (data, length) = s.WriteString(v);
    s.Write(ptr, data);
    s.Write(ptr + 4, length);
}

internal static void StoreBytes($S s, uint ptr, byte[] v)
{
    var (data, length) = s.WriteArray<byte>(v ?? throw NullValue(""list<u8>""));
    s.Write(ptr, data);
    s.Write(ptr + 4, length);
}

internal static bool LoadBool($S s, uint ptr) => s.Read<byte>(ptr) != 0;
internal static byte LoadU8($S s, uint ptr) => s.Read<byte>(ptr);
internal static sbyte LoadS8($S s, uint ptr) => s.Read<sbyte>(ptr);
internal static ushort LoadU16($S s, uint ptr) => s.Read<ushort>(ptr);
internal static short LoadS16($S s, uint ptr) => s.Read<short>(ptr);
internal static uint LoadU32($S s, uint ptr) => s.Read<uint>(ptr);
internal static int LoadS32($S s, uint ptr) => s.Read<int>(ptr);
internal static ulong LoadU64($S s, uint ptr) => s.Read<ulong>(ptr);
internal static long LoadS64($S s, uint ptr) => s.Read<long>(ptr);
internal static float LoadF32($S s, uint ptr) => s.Read<float>(ptr);
internal static double LoadF64($S s, uint ptr) => s.Read<double>(ptr);
internal static global::System.Text.Rune LoadChar($S s, uint ptr) => s.ToChar(s.Read<uint>(ptr));
internal static string LoadString($S s, uint ptr) => s.ReadString(s.Read<uint>(ptr), s.Read<uint>(ptr + 4));
internal static byte[] LoadBytes($S s, uint ptr) => s.ReadArray<byte>(s.Read<uint>(ptr), s.Read<uint>(ptr + 4));

internal static void LowerBool($S s, bool v, $LOWER f, ref int i) => f[i++] = v ? 1UL : 0UL;
internal static void LowerU8($S s, byte v, $LOWER f, ref int i) => f[i++] = v;
internal static void LowerS8($S s, sbyte v, $LOWER f, ref int i) => f[i++] = unchecked((uint)v);
internal static void LowerU16($S s, ushort v, $LOWER f, ref int i) => f[i++] = v;
internal static void LowerS16($S s, short v, $LOWER f, ref int i) => f[i++] = unchecked((uint)v);
internal static void LowerU32($S s, uint v, $LOWER f, ref int i) => f[i++] = v;
internal static void LowerS32($S s, int v, $LOWER f, ref int i) => f[i++] = unchecked((uint)v);
internal static void LowerU64($S s, ulong v, $LOWER f, ref int i) => f[i++] = v;
internal static void LowerS64($S s, long v, $LOWER f, ref int i) => f[i++] = unchecked((ulong)v);
internal static void LowerF32($S s, float v, $LOWER f, ref int i) => f[i++] = unchecked((uint)global::System.BitConverter.SingleToInt32Bits(v));
internal static void LowerF64($S s, double v, $LOWER f, ref int i) => f[i++] = unchecked((ulong)global::System.BitConverter.DoubleToInt64Bits(v));
internal static void LowerChar($S s, global::System.Text.Rune v, $LOWER f, ref int i) => f[i++] = (uint)v.Value;

internal static void LowerString($S s, string v, $LOWER f, ref int i)
{
    var (data, length) = s.WriteString(v);
    f[i++] = data;
    f[i++] = length;
}

internal static void LowerBytes($S s, byte[] v, $LOWER f, ref int i)
{
    var (data, length) = s.WriteArray<byte>(v ?? throw NullValue(""list<u8>""));
    f[i++] = data;
    f[i++] = length;
}

internal static bool LiftBool($S s, $LIFT f, ref int i) => (uint)f[i++] != 0;
internal static byte LiftU8($S s, $LIFT f, ref int i) => unchecked((byte)f[i++]);
internal static sbyte LiftS8($S s, $LIFT f, ref int i) => unchecked((sbyte)f[i++]);
internal static ushort LiftU16($S s, $LIFT f, ref int i) => unchecked((ushort)f[i++]);
internal static short LiftS16($S s, $LIFT f, ref int i) => unchecked((short)f[i++]);
internal static uint LiftU32($S s, $LIFT f, ref int i) => unchecked((uint)f[i++]);
internal static int LiftS32($S s, $LIFT f, ref int i) => unchecked((int)f[i++]);
internal static ulong LiftU64($S s, $LIFT f, ref int i) => f[i++];
internal static long LiftS64($S s, $LIFT f, ref int i) => unchecked((long)f[i++]);
internal static float LiftF32($S s, $LIFT f, ref int i) => CanonicalNaN(global::System.BitConverter.Int32BitsToSingle(unchecked((int)f[i++])));
internal static double LiftF64($S s, $LIFT f, ref int i) => CanonicalNaN(global::System.BitConverter.Int64BitsToDouble(unchecked((long)f[i++])));
internal static global::System.Text.Rune LiftChar($S s, $LIFT f, ref int i) => s.ToChar(unchecked((uint)f[i++]));

internal static string LiftString($S s, $LIFT f, ref int i)
{
    var data = unchecked((uint)f[i++]);
    return s.ReadString(data, unchecked((uint)f[i++]));
}

internal static byte[] LiftBytes($S s, $LIFT f, ref int i)
{
    var data = unchecked((uint)f[i++]);
    return s.ReadArray<byte>(data, unchecked((uint)f[i++]));
}

// The Canonical ABI lifts every NaN as the canonical one.
private static float CanonicalNaN(float v) => float.IsNaN(v) ? global::System.BitConverter.Int32BitsToSingle(0x7FC00000) : v;
private static double CanonicalNaN(double v) => double.IsNaN(v) ? global::System.BitConverter.Int64BitsToDouble(0x7FF8000000000000) : v;";
}
