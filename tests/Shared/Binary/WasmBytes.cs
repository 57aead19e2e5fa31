using System.Text;

namespace WitBindgen.Testing;

/// <summary>A few helpers to write small WebAssembly binaries by hand, byte by byte, in tests.</summary>
internal static class WasmBytes
{
    public static readonly byte[] ComponentHeader = { 0x00, 0x61, 0x73, 0x6d, 0x0d, 0x00, 0x01, 0x00 };

    public static readonly byte[] ModuleHeader = { 0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00 };

    /// <summary>An unsigned LEB128 number.</summary>
    public static byte[] U32(uint value)
    {
        var bytes = new List<byte>();
        do
        {
            var b = (byte)(value & 0x7f);
            value >>= 7;
            bytes.Add(value == 0 ? b : (byte)(b | 0x80));
        }
        while (value != 0);

        return bytes.ToArray();
    }

    /// <summary>A length-prefixed UTF-8 name.</summary>
    public static byte[] Name(string name)
    {
        var utf8 = Encoding.UTF8.GetBytes(name);
        return Concat(U32((uint)utf8.Length), utf8);
    }

    /// <summary>Raw bytes.</summary>
    public static byte[] B(params byte[] bytes) => bytes;

    /// <summary>A vector: its count, then its items.</summary>
    public static byte[] Vec(params byte[][] items) => Concat(U32((uint)items.Length), Concat(items));

    /// <summary>A section: its id, its size, its contents.</summary>
    public static byte[] Section(byte id, params byte[][] parts)
    {
        var body = Concat(parts);
        return Concat(new[] { id }, U32((uint)body.Length), body);
    }

    /// <summary>A custom section named <paramref name="name"/>.</summary>
    public static byte[] Custom(string name, byte[] payload) => Section(0, Name(name), payload);

    public static byte[] Concat(params byte[][] parts) => parts.SelectMany(p => p).ToArray();
}
