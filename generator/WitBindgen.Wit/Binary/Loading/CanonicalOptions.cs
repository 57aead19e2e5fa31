namespace WitBindgen.Wit.Binary.Loading;

/// <summary>The canonical options of a <c>canon lift</c>, <c>canon lower</c> or built-in, resolved to core definitions.</summary>
/// <param name="StringEncoding">How strings are encoded in linear memory.</param>
/// <param name="Memory">The memory pointers refer to, as an export of a core instance.</param>
/// <param name="Realloc">The guest allocator.</param>
/// <param name="PostReturn">The function called after a lifted function's results were read.</param>
/// <param name="Callback">The async callback function.</param>
/// <param name="IsAsync">Whether the <c>async</c> option is present.</param>
internal sealed record CanonicalOptions(
    CanonicalStringEncoding StringEncoding,
    CoreDefinition? Memory,
    CoreDefinition? Realloc,
    CoreDefinition? PostReturn,
    CoreDefinition? Callback,
    bool IsAsync)
{
    /// <summary>No options: UTF-8, no memory, synchronous.</summary>
    public static CanonicalOptions None { get; } = new(CanonicalStringEncoding.Utf8, null, null, null, null, false);
}
