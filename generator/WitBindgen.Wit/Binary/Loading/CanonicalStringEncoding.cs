namespace WitBindgen.Wit.Binary.Loading;

/// <summary>The <c>string-encoding</c> canonical option.</summary>
internal enum CanonicalStringEncoding
{
    /// <summary>UTF-8 (the default).</summary>
    Utf8,

    /// <summary>UTF-16 (little endian).</summary>
    Utf16,

    /// <summary>latin1 or UTF-16, chosen per string (<c>latin1+utf16</c>).</summary>
    Latin1Utf16,
}
