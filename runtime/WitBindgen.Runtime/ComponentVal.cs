using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using WitBindgen.Runtime.Native;

namespace WitBindgen.Runtime;

/// <summary>
/// A component-model value laid out exactly like Wasmtime's <c>wasmtime_component_val_t</c>: a one-byte
/// <see cref="ComponentValKind"/> at offset 0 and an 8-byte-aligned payload union at offset 8, 32 bytes in all.
/// Spans of it are passed to and from the native C API without any conversion.
/// </summary>
/// <remarks>
/// <para><b>Ownership.</b> A value of kind string, list, record, tuple, variant, enum, option, result, flags or map
/// owns native memory allocated by Wasmtime's allocator. The struct is a plain value: copying it copies the
/// pointers, not the memory, so exactly one copy may be released.</para>
/// <list type="bullet">
/// <item>Factories (<see cref="String(ReadOnlySpan{char})"/>, <see cref="List(ReadOnlySpan{ComponentVal})"/>, ...)
/// return an owned value. Factories that take other values (list items, record fields, payloads) take
/// ownership of them, even when they throw (they release them then): never release a value after passing it.</item>
/// <item><see cref="ComponentFunction.Call"/> only reads its arguments: the caller still owns them and must
/// release them (<see cref="Dispose"/> or <see cref="Free(Span{ComponentVal})"/>) after the call, whether it
/// succeeded or threw.</item>
/// <item>The results a call writes are owned by the caller, who must release them after reading. Results
/// must be initialized before the call (<c>default</c>, or zeroed <c>stackalloc</c> memory).</item>
/// <item>In a host function (<see cref="ComponentHostFunction"/>) the arguments belong to Wasmtime (read
/// them, never release them) and the values written to results are taken over by Wasmtime (never release
/// them either).</item>
/// <item>Accessors that return spans or nested values (<see cref="GetList"/>, <see cref="GetRecordFields"/>,
/// <see cref="GetPayload"/>, ...) return views into the parent's memory, valid until the parent is released.</item>
/// </list>
/// <para><c>default(ComponentVal)</c> is <c>bool false</c>, which owns nothing.</para>
/// </remarks>
[StructLayout(LayoutKind.Explicit, Size = NativeSize)]
public unsafe partial struct ComponentVal : IDisposable
{
    /// <summary>Size in bytes of <c>wasmtime_component_val_t</c> on 64-bit targets.</summary>
    public const int NativeSize = 32;

    [FieldOffset(0)]
    private ComponentValKind _kind;

    // Scalars (little-endian: the low bytes sit at offset 8), vector lengths, variant case name lengths,
    // the result's is_ok byte.
    [FieldOffset(8)]
    private ulong _bits;

    // Vector data, variant case name data, result payload.
    [FieldOffset(16)]
    private void* _data;

    // Variant payload.
    [FieldOffset(24)]
    private ComponentVal* _payload;

    /// <summary>The kind of this value.</summary>
    public readonly ComponentValKind Kind => _kind;

    /// <summary>
    /// Releases the native memory this value owns (via <c>wasmtime_component_val_delete</c>) and resets it to
    /// <c>default</c>, so releasing it again is harmless. Scalars own nothing and are simply reset.
    /// </summary>
    public void Dispose()
    {
        if (_kind >= ComponentValKind.String)
        {
            fixed (ComponentVal* self = &this)
            {
                NativeMethods.wasmtime_component_val_delete(self);
            }
        }

        this = default;
    }

    /// <summary>Releases every value in <paramref name="values"/> (see <see cref="Dispose"/>).</summary>
    public static void Free(Span<ComponentVal> values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            values[i].Dispose();
        }
    }

    /// <summary>A deep copy owning its own native memory (via <c>wasmtime_component_val_clone</c>).</summary>
    public readonly ComponentVal Clone()
    {
        if (_kind < ComponentValKind.String)
        {
            return this;
        }

        var copy = default(ComponentVal);
        var source = this;
        NativeMethods.wasmtime_component_val_clone(&source, &copy);
        return copy;
    }

    /// <inheritdoc />
    public override readonly string ToString() => ComponentValFormatter.Format(this);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private readonly void Expect(ComponentValKind kind)
    {
        if (_kind != kind)
        {
            ThrowKindMismatch(kind, _kind);
        }
    }

    private static void ThrowKindMismatch(ComponentValKind expected, ComponentValKind actual) =>
        throw new InvalidOperationException($"Expected a component value of kind {expected} but it is {actual}.");
}
