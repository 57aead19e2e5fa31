namespace WitBindgen.Runtime;

/// <summary>
/// Why WebAssembly code trapped, numbered as Wasmtime's <c>wasmtime_trap_code_t</c>. Codes Wasmtime adds later keep
/// their number (the value is then not one of the named members).
/// </summary>
public enum WitTrapCode : byte
{
    /// <summary>The WebAssembly stack overflowed (usually unbounded recursion).</summary>
    StackOverflow = 0,

    /// <summary>A load or store outside linear memory.</summary>
    MemoryOutOfBounds = 1,

    /// <summary>A misaligned atomic memory access.</summary>
    HeapMisaligned = 2,

    /// <summary>A table access outside the table.</summary>
    TableOutOfBounds = 3,

    /// <summary><c>call_indirect</c> found a null entry.</summary>
    IndirectCallToNull = 4,

    /// <summary><c>call_indirect</c> found a function of another type.</summary>
    BadSignature = 5,

    /// <summary>An integer operation overflowed (e.g. <c>i32.div_s</c> of the minimum by -1).</summary>
    IntegerOverflow = 6,

    /// <summary>An integer division by zero.</summary>
    IntegerDivisionByZero = 7,

    /// <summary>A float that has no integer value was converted to an integer.</summary>
    BadConversionToInteger = 8,

    /// <summary>The code ran an <c>unreachable</c> instruction (a guest panic or abort).</summary>
    UnreachableCodeReached = 9,

    /// <summary>The store's epoch deadline interrupted the code.</summary>
    Interrupt = 10,

    /// <summary>The store ran out of fuel.</summary>
    OutOfFuel = 11,

    /// <summary><c>memory.atomic.wait</c> on a memory that is not shared.</summary>
    AtomicWaitNonSharedMemory = 12,

    /// <summary>A null reference was used.</summary>
    NullReference = 13,

    /// <summary>An array access outside the array.</summary>
    ArrayOutOfBounds = 14,

    /// <summary>An allocation was too large.</summary>
    AllocationTooLarge = 15,

    /// <summary>A reference cast failed.</summary>
    CastFailure = 16,
}
