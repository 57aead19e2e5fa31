using WitBindgen.Wit.Binary.Loading;

namespace WitBindgen.Runtime.Backends.Direct.Abi;

/// <summary>
/// Where a string lifted by a fused adapter came from, as the spec's <c>String</c> value keeps it: the string encoding
/// of the lifting side's options and the tagged length read from its memory. Storing the string on the other side
/// follows the realloc sequence <c>store_string_into_range</c> picks for this source, which the guest can observe.
/// </summary>
/// <param name="Encoding">The string encoding of the options the string was lifted with.</param>
/// <param name="TaggedCodeUnits">The length as the source memory held it (with the UTF-16 tag for <c>latin1+utf16</c>).</param>
internal readonly record struct StringSource(CanonicalStringEncoding Encoding, uint TaggedCodeUnits)
{
    /// <summary>The source's code units, without the tag.</summary>
    public uint CodeUnits => Encoding == CanonicalStringEncoding.Latin1Utf16 && IsTaggedUtf16 ? TaggedCodeUnits ^ CanonicalLayout.Utf16Tag : TaggedCodeUnits;

    /// <summary>Whether the source is a <c>latin1+utf16</c> string tagged as UTF-16.</summary>
    public bool IsTaggedUtf16 => Encoding == CanonicalStringEncoding.Latin1Utf16 && (TaggedCodeUnits & CanonicalLayout.Utf16Tag) != 0;

    /// <summary>Whether the source code units are latin1 bytes (an untagged <c>latin1+utf16</c> string).</summary>
    public bool IsLatin1 => Encoding == CanonicalStringEncoding.Latin1Utf16 && !IsTaggedUtf16;
}
