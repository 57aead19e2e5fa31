using System.Text;

namespace WitBindgen.Wit.Binary;

/// <summary>
/// Reads the primitive encodings of the WebAssembly binary format (LEB128 integers, names, bytes) from a
/// window of a byte array. Every read checks bounds and reports overruns as malformed input.
/// </summary>
internal sealed class WasmReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private readonly byte[] _bytes;
    private readonly int _end;

    public WasmReader(byte[] bytes, int start, int end)
    {
        _bytes = bytes;
        Position = start;
        _end = end;
    }

    /// <summary>The absolute offset of the next byte.</summary>
    public int Position { get; private set; }

    /// <summary>Whether every byte of the window has been read.</summary>
    public bool AtEnd => Position >= _end;

    /// <summary>How many bytes are left in the window.</summary>
    public int Remaining => _end - Position;

    public byte ReadByte()
    {
        if (Position >= _end)
        {
            throw ComponentFormatException.Malformed(Position, "unexpected end of data");
        }

        return _bytes[Position++];
    }

    public byte PeekByte()
    {
        if (Position >= _end)
        {
            throw ComponentFormatException.Malformed(Position, "unexpected end of data");
        }

        return _bytes[Position];
    }

    /// <summary>Reads an unsigned LEB128 integer of at most 32 bits.</summary>
    public uint ReadU32()
    {
        var start = Position;
        uint result = 0;
        for (var shift = 0; ; shift += 7)
        {
            var b = ReadByte();
            if (shift == 28 && (b & 0x70) != 0)
            {
                throw ComponentFormatException.Malformed(start, "integer too large for 32 bits");
            }

            result |= (uint)(b & 0x7f) << shift;
            if ((b & 0x80) == 0)
            {
                return result;
            }

            if (shift == 28)
            {
                throw ComponentFormatException.Malformed(start, "integer encoding longer than 5 bytes");
            }
        }
    }

    /// <summary>Reads a 32-bit count or index that must fit in an <see cref="int"/>.</summary>
    public int ReadIndex()
    {
        var start = Position;
        var value = ReadU32();
        if (value > int.MaxValue)
        {
            throw ComponentFormatException.Malformed(start, "index out of range");
        }

        return (int)value;
    }

    /// <summary>Reads a vector length; each element takes at least one byte, so longer counts are malformed.</summary>
    public int ReadCount()
    {
        var start = Position;
        var count = ReadU32();
        if (count > (uint)Remaining)
        {
            throw ComponentFormatException.Malformed(start, "vector length " + count.ToString(System.Globalization.CultureInfo.InvariantCulture) + " exceeds the data left");
        }

        return (int)count;
    }

    /// <summary>Reads a length-prefixed UTF-8 string.</summary>
    public string ReadName()
    {
        var start = Position;
        var length = ReadCount();
        try
        {
            var text = StrictUtf8.GetString(_bytes, Position, length);
            Position += length;
            return text;
        }
        catch (ArgumentException)
        {
            throw ComponentFormatException.Malformed(start, "name is not valid UTF-8");
        }
    }

    /// <summary>Reads the next <paramref name="count"/> bytes into a new array.</summary>
    public byte[] ReadBytes(int count)
    {
        var start = Position;
        Skip(count);
        var bytes = new byte[count];
        Array.Copy(_bytes, start, bytes, 0, count);
        return bytes;
    }

    /// <summary>Skips <paramref name="count"/> bytes.</summary>
    public void Skip(int count)
    {
        if (count < 0 || count > Remaining)
        {
            throw ComponentFormatException.Malformed(Position, "unexpected end of data");
        }

        Position += count;
    }

    /// <summary>A reader over the next <paramref name="length"/> bytes; this reader moves past them.</summary>
    public WasmReader Slice(int length)
    {
        if (length < 0 || length > Remaining)
        {
            throw ComponentFormatException.Malformed(Position, "section extends past the end of the data");
        }

        var slice = new WasmReader(_bytes, Position, Position + length);
        Position += length;
        return slice;
    }

    /// <summary>Fails unless the window has been read completely.</summary>
    public void ExpectEnd(string what)
    {
        if (!AtEnd)
        {
            throw ComponentFormatException.Malformed(Position, what + " has trailing bytes");
        }
    }
}
