namespace WitBindgen.Runtime.Backends.Direct;

/// <summary>A global of a store holding a number (such as a GOT entry or the stack pointer).</summary>
internal sealed unsafe class CoreGlobal : CoreExternal
{
    private readonly CoreGlobalItem _global;

    internal CoreGlobal(CoreStore store, CoreGlobalItem global, string name)
        : base(store, name)
    {
        _global = global;
    }

    /// <summary>The current value.</summary>
    /// <exception cref="NotSupportedException">The global holds a reference or a vector.</exception>
    public CoreVal Get()
    {
        var global = _global;
        CoreVal value;
        using (var entered = Store.Enter("reading a global"))
        {
            CoreNativeMethods.wasmtime_global_get(entered.Context, &global, &value);
        }

        if (!IsNumber(value.Kind))
        {
            CoreNativeMethods.wasmtime_val_unroot(&value);
            throw new NotSupportedException($"The global '{Name}' holds a {value.Kind}, not a number.");
        }

        return value;
    }

    /// <summary>Sets the value (the global must be mutable and of <paramref name="value"/>'s kind).</summary>
    /// <exception cref="ArgumentException"><paramref name="value"/> is not a number.</exception>
    /// <exception cref="WitRuntimeException">The global is immutable or of another kind.</exception>
    public void Set(CoreVal value)
    {
        if (!IsNumber(value.Kind))
        {
            throw new ArgumentException($"Only numbers can be stored in the global '{Name}', not {value.Kind}.", nameof(value));
        }

        var global = _global;
        using var entered = Store.Enter("writing a global");
        Native.WasmtimeError.ThrowIfError(
            CoreNativeMethods.wasmtime_global_set(entered.Context, &global, &value),
            $"setting the global '{Name}'");
    }

    /// <inheritdoc />
    internal override CoreExtern ToExtern() => new() { Kind = CoreExternKind.Global, Global = _global };

    private static bool IsNumber(CoreValKind kind) => kind is CoreValKind.I32 or CoreValKind.I64 or CoreValKind.F32 or CoreValKind.F64;
}
