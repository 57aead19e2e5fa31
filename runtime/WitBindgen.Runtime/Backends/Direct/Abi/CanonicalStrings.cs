using System.Buffers;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Unicode;
using WitBindgen.Wit.Binary.Loading;

namespace WitBindgen.Runtime.Backends.Direct.Abi;

/// <summary>
/// Strings between .NET and linear memory in the three encodings of the canonical options, with the spec's checks
/// (<c>load_string_from_range</c>) when lifting and its realloc sequences (<c>store_string_into_range</c>: allocate the
/// likely size, grow to the worst case when needed, shrink to the exact size) when lowering.
/// </summary>
internal static class CanonicalStrings
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads the string at <paramref name="pointer"/> with the tagged length <paramref name="taggedCodeUnits"/> into a new .NET string.</summary>
    public static string LoadString(AbiContext cx, uint pointer, uint taggedCodeUnits)
    {
        var bytes = Range(cx, pointer, taggedCodeUnits, out var encoding);
        switch (encoding)
        {
            case CanonicalStringEncoding.Utf8:
                try
                {
                    return StrictUtf8.GetString(bytes);
                }
                catch (DecoderFallbackException)
                {
                    throw cx.Trap($"is a string at 0x{pointer:X} ({bytes.Length} bytes) that is not valid UTF-8");
                }

            case CanonicalStringEncoding.Utf16:
                var chars = MemoryMarshal.Cast<byte, char>(bytes);
                CheckUtf16(cx, chars, pointer);
                return new string(chars);
            default:
                return Encoding.Latin1.GetString(bytes);
        }
    }

    /// <summary>
    /// Reads the string at <paramref name="pointer"/> into a new <c>string</c> value, noting its source in the
    /// context's <see cref="AbiContext.StringSources"/> when it has them.
    /// </summary>
    public static ComponentVal LoadValue(AbiContext cx, uint pointer, uint taggedCodeUnits)
    {
        var bytes = Range(cx, pointer, taggedCodeUnits, out var encoding);
        cx.StringSources?.Enqueue(new StringSource(cx.Encoding, taggedCodeUnits));
        switch (encoding)
        {
            case CanonicalStringEncoding.Utf8:
                if (!Utf8.IsValid(bytes))
                {
                    throw cx.Trap($"is a string at 0x{pointer:X} ({bytes.Length} bytes) that is not valid UTF-8");
                }

                return ComponentVal.StringFromUtf8(bytes);
            case CanonicalStringEncoding.Utf16:
                var chars = MemoryMarshal.Cast<byte, char>(bytes);
                CheckUtf16(cx, chars, pointer);
                return ComponentVal.String(chars);
            default:
                return ComponentVal.String(Encoding.Latin1.GetString(bytes));
        }
    }

    /// <summary>
    /// Stores UTF-8 text (a <c>string</c> value's bytes) in guest memory; returns the pointer and the tagged length.
    /// When the context carries <see cref="AbiContext.StringSources"/>, the next source decides the realloc sequence.
    /// </summary>
    public static (uint Pointer, uint TaggedCodeUnits) StoreUtf8(AbiContext cx, ReadOnlySpan<byte> utf8)
    {
        if (cx.StringSources is { Count: > 0 } sources && sources.Dequeue() is var source && source.Encoding != CanonicalStringEncoding.Utf8)
        {
            return StoreFrom(cx, utf8, source);
        }

        var units = CheckLength(cx, utf8.Length, 1);
        switch (cx.Encoding)
        {
            case CanonicalStringEncoding.Utf8:
                var pointer = cx.Realloc(0, 0, 1, units);
                utf8.CopyTo(cx.Memory.Span.Slice((int)pointer));
                return (pointer, units);
            case CanonicalStringEncoding.Utf16:
                return Utf8ToUtf16(cx, utf8, units);
            default:
                var rented = ArrayPool<char>.Shared.Rent(utf8.Length);
                try
                {
                    var count = Decode(cx, utf8, rented);
                    return ToLatin1OrUtf16(cx, rented.AsSpan(0, count), units);
                }
                finally
                {
                    ArrayPool<char>.Shared.Return(rented);
                }
        }
    }

    /// <summary>Stores .NET text in guest memory; returns the pointer and the tagged length. An unpaired surrogate is an error.</summary>
    /// <param name="cx">The call.</param>
    /// <param name="text">The text.</param>
    /// <param name="utf8BytesPerUnit">
    /// For a UTF-8 destination, the worst case of UTF-8 bytes per source code unit the realloc sequence grows to: 3 for
    /// UTF-16 text, 2 for text that came from latin1.
    /// </param>
    public static (uint Pointer, uint TaggedCodeUnits) StoreUtf16(AbiContext cx, ReadOnlySpan<char> text, uint utf8BytesPerUnit = 3)
    {
        if (!IsValid(text))
        {
            throw cx.Trap("is a string with an unpaired surrogate, which a WIT string cannot hold");
        }

        return StoreValidUtf16(cx, text, utf8BytesPerUnit);
    }

    /// <summary>Whether <paramref name="text"/> has no unpaired surrogate, so it can be a WIT string.</summary>
    public static bool IsValid(ReadOnlySpan<char> text)
    {
        var surrogate = text.IndexOfAnyInRange('\uD800', '\uDFFF');
        return surrogate < 0 || IsValidUtf16(text.Slice(surrogate));
    }

    /// <summary>
    /// Stores a host's .NET text (checked with <see cref="IsValid"/>) as Wasmtime stores a host string: into a UTF-8
    /// memory by one realloc of the exact UTF-8 length (the spec's sequence for a UTF-8 source, the same as a
    /// <see cref="ComponentVal"/> string takes), so a guest whose realloc only expects a string to shrink (the
    /// preview1 adapter's <c>cabi_import_realloc</c>) is never asked to grow one; other encodings as
    /// <see cref="StoreValidUtf16"/>.
    /// </summary>
    public static (uint Pointer, uint TaggedCodeUnits) StoreHostText(AbiContext cx, ReadOnlySpan<char> text)
    {
        if (cx.Encoding != CanonicalStringEncoding.Utf8)
        {
            return StoreValidUtf16(cx, text);
        }

        var size = CheckLength(cx, Encoding.UTF8.GetByteCount(text), 1);
        var pointer = cx.Realloc(0, 0, 1, size);
        Encoding.UTF8.GetBytes(text, cx.Memory.Span.Slice((int)pointer, (int)size));
        return (pointer, size);
    }

    /// <summary><see cref="StoreUtf16"/> of text the caller checked with <see cref="IsValid"/>.</summary>
    public static (uint Pointer, uint TaggedCodeUnits) StoreValidUtf16(AbiContext cx, ReadOnlySpan<char> text, uint utf8BytesPerUnit = 3)
    {
        var units = CheckLength(cx, text.Length, cx.Encoding == CanonicalStringEncoding.Utf8 ? 1u : 2u);
        switch (cx.Encoding)
        {
            case CanonicalStringEncoding.Utf8:
                return Utf16ToUtf8(cx, text, units, utf8BytesPerUnit);
            case CanonicalStringEncoding.Utf16:
                var pointer = cx.Realloc(0, 0, 2, units * 2);
                MemoryMarshal.AsBytes(text).CopyTo(cx.Memory.Span.Slice((int)pointer));
                return (pointer, units);
            default:
                return ToLatin1OrUtf16(cx, text, units);
        }
    }

    /// <summary>
    /// <c>store_string_into_range</c> for a string a guest lifted with UTF-16 or latin1+UTF-16 options: the realloc
    /// sequence depends on the source's encoding and code units, not on the UTF-8 the value holds in between.
    /// </summary>
    private static (uint Pointer, uint TaggedCodeUnits) StoreFrom(AbiContext cx, ReadOnlySpan<byte> utf8, StringSource source)
    {
        var rented = ArrayPool<char>.Shared.Rent(Math.Max(utf8.Length, 1));
        try
        {
            var text = rented.AsSpan(0, Decode(cx, utf8, rented));
            if (source.IsTaggedUtf16 && cx.Encoding == CanonicalStringEncoding.Latin1Utf16)
            {
                return ProbablyUtf16ToLatin1OrUtf16(cx, text, CheckLength(cx, text.Length, 2));
            }

            // UTF-16 and latin1 sources store alike (the latin1 copy into latin1+utf16 is the same sequence as
            // store_string_to_latin1_or_utf16 of latin1 text); only the UTF-8 worst case differs.
            return StoreUtf16(cx, text, source.IsLatin1 ? 2u : 3u);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(rented);
        }
    }

    /// <summary>
    /// <c>store_probably_utf16_to_latin1_or_utf16</c>: allocate two bytes a unit and write UTF-16; when every character
    /// fits latin1, compact it in place and shrink to a byte a unit (with alignment 1, as the spec calls realloc).
    /// </summary>
    private static (uint, uint) ProbablyUtf16ToLatin1OrUtf16(AbiContext cx, ReadOnlySpan<char> text, uint units)
    {
        var size = units * 2;
        var pointer = cx.Realloc(0, 0, 2, size);
        MemoryMarshal.AsBytes(text).CopyTo(cx.Memory.Span.Slice((int)pointer));
        if (text.IndexOfAnyExceptInRange('\0', '\u00FF') >= 0)
        {
            return (pointer, units | CanonicalLayout.Utf16Tag);
        }

        var memory = cx.Memory.Span.Slice((int)pointer, (int)size);
        for (var i = 0; i < text.Length; i++)
        {
            memory[i] = memory[2 * i];
        }

        pointer = cx.Realloc(pointer, size, 1, units);
        return (pointer, units);
    }

    /// <summary>The bytes of a string and their encoding (<c>load_string_from_range</c>'s checks: length limit, alignment, bounds).</summary>
    private static ReadOnlySpan<byte> Range(AbiContext cx, uint pointer, uint taggedCodeUnits, out CanonicalStringEncoding encoding)
    {
        encoding = cx.Encoding;
        ulong byteLength;
        uint alignment;
        switch (encoding)
        {
            case CanonicalStringEncoding.Utf8:
                byteLength = taggedCodeUnits;
                alignment = 1;
                break;
            case CanonicalStringEncoding.Utf16:
                byteLength = 2UL * taggedCodeUnits;
                alignment = 2;
                break;
            default:
                alignment = 2;
                if ((taggedCodeUnits & CanonicalLayout.Utf16Tag) != 0)
                {
                    byteLength = 2UL * (taggedCodeUnits ^ CanonicalLayout.Utf16Tag);
                    encoding = CanonicalStringEncoding.Utf16;
                }
                else
                {
                    byteLength = taggedCodeUnits;
                    encoding = CanonicalStringEncoding.Latin1Utf16;
                }

                break;
        }

        if (byteLength > CanonicalLayout.MaxStringByteLength)
        {
            throw cx.Trap($"is a string of {byteLength} bytes (length 0x{taggedCodeUnits:X}), over the {CanonicalLayout.MaxStringByteLength}-byte limit");
        }

        var memory = cx.CheckRange(pointer, byteLength, alignment, "a string");
        return memory.Slice((int)pointer, (int)byteLength);
    }

    private static void CheckUtf16(AbiContext cx, ReadOnlySpan<char> chars, uint pointer)
    {
        var surrogate = chars.IndexOfAnyInRange('\uD800', '\uDFFF');
        if (surrogate >= 0 && !IsValidUtf16(chars.Slice(surrogate)))
        {
            throw cx.Trap($"is a string at 0x{pointer:X} ({chars.Length} code units) that is not valid UTF-16 (unpaired surrogate)");
        }
    }

    private static bool IsValidUtf16(ReadOnlySpan<char> chars)
    {
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]))
            {
                if (i + 1 >= chars.Length || !char.IsLowSurrogate(chars[i + 1]))
                {
                    return false;
                }

                i++;
            }
            else if (char.IsLowSurrogate(chars[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Refuses text whose encoded length would pass the spec's string limit.</summary>
    private static uint CheckLength(AbiContext cx, int codeUnits, uint bytesPerUnit)
    {
        if ((ulong)codeUnits * bytesPerUnit > CanonicalLayout.MaxStringByteLength)
        {
            throw cx.Trap($"is a string of {codeUnits} code units, over the {CanonicalLayout.MaxStringByteLength}-byte limit");
        }

        return (uint)codeUnits;
    }

    private static int Decode(AbiContext cx, ReadOnlySpan<byte> utf8, Span<char> destination)
    {
        if (Utf8.ToUtf16(utf8, destination, out _, out var written, replaceInvalidSequences: false) != OperationStatus.Done)
        {
            throw cx.Trap("is a string that is not valid UTF-8");
        }

        return written;
    }

    /// <summary><c>store_utf8_to_utf16</c>: allocate the worst case (a code unit per byte), then shrink.</summary>
    private static (uint, uint) Utf8ToUtf16(AbiContext cx, ReadOnlySpan<byte> utf8, uint units)
    {
        var worst = units * 2;
        var pointer = cx.Realloc(0, 0, 2, worst);
        var destination = MemoryMarshal.Cast<byte, char>(cx.Memory.Span.Slice((int)pointer, (int)worst));
        var written = Decode(cx, utf8, destination);
        var size = (uint)written * 2;
        if (size < worst)
        {
            pointer = cx.Realloc(pointer, worst, 2, size);
        }

        return (pointer, (uint)written);
    }

    /// <summary>
    /// <c>store_string_to_utf8</c>: allocate one byte a code unit, copy ASCII, grow to the worst case
    /// (<paramref name="bytesPerUnit"/> bytes a unit) at the first other character, then shrink.
    /// </summary>
    private static (uint, uint) Utf16ToUtf8(AbiContext cx, ReadOnlySpan<char> text, uint units, uint bytesPerUnit)
    {
        var pointer = cx.Realloc(0, 0, 1, units);
        var memory = cx.Memory.Span.Slice((int)pointer, (int)units);
        var ascii = text.IndexOfAnyExceptInRange('\0', '\u007F');
        if (ascii < 0)
        {
            ascii = text.Length;
        }

        Ascii.FromUtf16(text.Slice(0, ascii), memory, out _);
        if (ascii == text.Length)
        {
            return (pointer, units);
        }

        var worst = (ulong)units * bytesPerUnit;
        if (worst > uint.MaxValue)
        {
            throw cx.Trap($"is a string of {units} code units, too long to transcode to UTF-8 in a 32-bit memory");
        }

        pointer = cx.Realloc(pointer, units, 1, (uint)worst);
        Utf8.FromUtf16(text.Slice(ascii), cx.Memory.Span.Slice((int)pointer + ascii, (int)worst - ascii), out _, out var written);
        var size = (uint)(ascii + written);
        if (worst > size)
        {
            pointer = cx.Realloc(pointer, (uint)worst, 1, size);
        }

        return (pointer, size);
    }

    /// <summary>
    /// <c>store_string_to_latin1_or_utf16</c>: allocate a byte a source code unit and write latin1; at the first
    /// character above U+00FF grow to two bytes a unit, widen what was written in place, write the rest as UTF-16 and
    /// tag the length; shrink to the exact size either way.
    /// </summary>
    private static (uint, uint) ToLatin1OrUtf16(AbiContext cx, ReadOnlySpan<char> text, uint sourceUnits)
    {
        var pointer = cx.Realloc(0, 0, 2, sourceUnits);
        var memory = cx.Memory.Span.Slice((int)pointer, (int)sourceUnits);
        var latin1 = text.IndexOfAnyExceptInRange('\0', '\u00FF');
        if (latin1 < 0)
        {
            latin1 = text.Length;
        }

        Encoding.Latin1.GetBytes(text.Slice(0, latin1), memory);

        if (latin1 < text.Length)
        {
            var worst = sourceUnits * 2;
            pointer = cx.Realloc(pointer, sourceUnits, 2, worst);
            var wide = cx.Memory.Span.Slice((int)pointer, (int)worst);
            for (var j = latin1 - 1; j >= 0; j--)
            {
                wide[2 * j] = wide[j];
                wide[(2 * j) + 1] = 0;
            }

            MemoryMarshal.AsBytes(text.Slice(latin1)).CopyTo(wide.Slice(2 * latin1));
            var size = (uint)text.Length * 2;
            if (worst > size)
            {
                pointer = cx.Realloc(pointer, worst, 2, size);
            }

            return (pointer, (uint)text.Length | CanonicalLayout.Utf16Tag);
        }

        if (latin1 < sourceUnits)
        {
            pointer = cx.Realloc(pointer, sourceUnits, 2, (uint)latin1);
        }

        return (pointer, (uint)latin1);
    }
}
