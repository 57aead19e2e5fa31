using System.Runtime.CompilerServices;
using WitBindgen.Wit.Binary.Loading;

namespace WitBindgen.Runtime.Backends.Direct.Abi;

/// <summary>
/// What lifting and lowering one call needs (the spec's <c>LiftLowerContext</c>): the function's name for messages,
/// the guest memory and allocator, and the string encoding from the canonical options; and which parameter or result
/// is being converted, so that every error names it.
/// </summary>
internal sealed class AbiContext
{
    private readonly IGuestMemory? _memory;

    /// <summary>Creates the context of calls to <paramref name="function"/>.</summary>
    public AbiContext(string function, IGuestMemory? memory, CanonicalStringEncoding encoding)
    {
        Function = function;
        _memory = memory;
        Encoding = encoding;
    }

    /// <summary>The WIT function, for messages.</summary>
    public string Function { get; }

    /// <summary>The string encoding of the canonical options.</summary>
    public CanonicalStringEncoding Encoding { get; }

    /// <summary>What is being converted, e.g. <c>parameter 'x'</c> or <c>the result</c>.</summary>
    public string Location { get; set; } = "a value";

    /// <summary>The guest memory; a trap when the canonical options give none.</summary>
    public IGuestMemory Memory => _memory ?? throw Trap("needs linear memory but the function's canonical options name none");

    /// <summary>Whether messages quote the function's name, as the runtime's messages about a call do (<c>'f': …</c>).</summary>
    public bool QuotesFunction { get; init; }

    /// <summary>
    /// For a fused adapter between two guests: the sources of the strings being moved, in the order they are lifted
    /// (lifting adds to the queue) and then lowered (lowering takes from it, storing each string with the realloc
    /// sequence its source calls for). Null for calls from or to the host, whose strings are UTF-8.
    /// </summary>
    public Queue<StringSource>? StringSources { get; init; }

    /// <summary>The call's resource state (handle tables, loans), or null when the function passes no handles.</summary>
    public Resources.DirectResourceCall? ResourceCall { get; set; }

    /// <summary>The call's resource state; a trap when the call has none.</summary>
    public Resources.DirectResourceCall Handles => ResourceCall ?? throw Trap("is a resource handle, which this call cannot pass");

    /// <summary>A trap naming the function, the value being converted and <paramref name="problem"/>.</summary>
    public WitTrapException Trap(string problem) =>
        new($"{(QuotesFunction ? "'" + Function + "'" : Function)}: {Location} {problem}.") { FunctionName = Function };

    /// <summary>
    /// A failure naming the function, the value and <paramref name="problem"/> that is not a trap of the guest's own
    /// code: a broken resource rule, which Wasmtime reports as a plain error (the store is poisoned all the same).
    /// </summary>
    public WitRuntimeException Fail(string problem) =>
        new($"{(QuotesFunction ? "'" + Function + "'" : Function)}: {Location} {problem}.") { FunctionName = Function };

    /// <summary>Calls realloc and checks the pointer it returns is aligned and leaves room for <paramref name="newSize"/> bytes.</summary>
    public uint Realloc(uint oldPointer, uint oldSize, uint alignment, uint newSize)
    {
        var memory = Memory;
        var pointer = memory.Realloc(oldPointer, oldSize, alignment, newSize);
        CheckAllocated(pointer, alignment, newSize, (ulong)memory.Span.Length);
        return pointer;
    }

    /// <summary>
    /// Checks that <paramref name="pointer"/>, which realloc returned for <paramref name="newSize"/> bytes, is aligned
    /// and leaves room for them in a memory of <paramref name="memorySize"/> bytes (its size after realloc returned).
    /// </summary>
    public void CheckAllocated(uint pointer, uint alignment, uint newSize, ulong memorySize)
    {
        if ((pointer & (alignment - 1)) != 0 || (ulong)pointer + newSize > memorySize)
        {
            throw Unallocated(pointer, alignment, newSize, memorySize);
        }
    }

    /// <summary>Checks that <paramref name="size"/> bytes at <paramref name="pointer"/> are aligned and inside the memory; returns the memory.</summary>
    public Span<byte> CheckRange(ulong pointer, ulong size, uint alignment, string what)
    {
        var span = Memory.Span;
        CheckRange(pointer, size, alignment, what, (ulong)span.Length);
        return span;
    }

    /// <summary>
    /// Checks that <paramref name="size"/> bytes at <paramref name="pointer"/> are aligned and inside a memory of
    /// <paramref name="memorySize"/> bytes (its size as last read, when no guest code ran since).
    /// </summary>
    public void CheckRange(ulong pointer, ulong size, uint alignment, string what, ulong memorySize)
    {
        if ((pointer & (alignment - 1)) != 0 || pointer + size > memorySize)
        {
            throw OutOfRange(pointer, size, alignment, what, memorySize);
        }
    }

    // The failures of the checks, built out of line: the checks are inlined into every generated call, which then
    // carries no message formatting on its hot path.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private WitTrapException Unallocated(uint pointer, uint alignment, uint newSize, ulong memorySize) =>
        (pointer & (alignment - 1)) != 0
            ? Trap($"could not be stored: realloc returned 0x{pointer:X} for {newSize} bytes, which is not aligned to {alignment}")
            : Trap($"could not be stored: realloc returned 0x{pointer:X} for {newSize} bytes, out of bounds of the {memorySize}-byte memory");

    [MethodImpl(MethodImplOptions.NoInlining)]
    private WitTrapException OutOfRange(ulong pointer, ulong size, uint alignment, string what, ulong memorySize) =>
        (pointer & (alignment - 1)) != 0
            ? Trap($"points {what} at 0x{pointer:X}, which is not aligned to {alignment}")
            : Trap($"points {what} at 0x{pointer:X} ({size} bytes), out of bounds of the {memorySize}-byte memory");
}
