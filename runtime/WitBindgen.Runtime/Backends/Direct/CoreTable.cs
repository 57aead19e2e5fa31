namespace WitBindgen.Runtime.Backends.Direct;

/// <summary>A table of a store, read and written as function references (what wit-component's fixups fill in).</summary>
internal sealed unsafe class CoreTable : CoreExternal
{
    private readonly CoreTableItem _table;

    internal CoreTable(CoreStore store, CoreTableItem table, string name)
        : base(store, name)
    {
        _table = table;
    }

    /// <summary>The number of elements.</summary>
    public ulong Size
    {
        get
        {
            var table = _table;
            using var entered = Store.Enter("reading a table's size");
            return CoreNativeMethods.wasmtime_table_size(entered.Context, &table);
        }
    }

    /// <summary>The function at <paramref name="index"/>, or null for a null reference.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The index lies outside the table.</exception>
    /// <exception cref="NotSupportedException">The table holds references other than functions.</exception>
    public CoreFunction? GetFunction(ulong index)
    {
        var table = _table;
        CoreVal value;
        bool inside;
        using (var entered = Store.Enter("reading a table"))
        {
            inside = CoreNativeMethods.wasmtime_table_get(entered.Context, &table, index, &value);
        }

        if (!inside)
        {
            throw OutOfRange(index);
        }

        if (value.Kind != CoreValKind.FuncRef)
        {
            CoreNativeMethods.wasmtime_val_unroot(&value);
            throw new NotSupportedException($"The table '{Name}' holds references other than functions.");
        }

        return value.FuncRef.StoreId == 0 ? null : CoreFunction.Create(Store, value.FuncRef, $"{Name}[{index}]");
    }

    /// <summary>Stores <paramref name="function"/> (null: a null reference) at <paramref name="index"/>.</summary>
    /// <exception cref="ArgumentException">The function belongs to another store.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The index lies outside the table.</exception>
    /// <exception cref="WitRuntimeException">Wasmtime refused the element (e.g. a table of another reference type).</exception>
    public void SetFunction(ulong index, CoreFunction? function)
    {
        function?.RequireStore(Store, $"an element of the table '{Name}'");
        var table = _table;
        using var entered = Store.Enter("writing a table");
        var context = entered.Context;
        if (index >= CoreNativeMethods.wasmtime_table_size(context, &table))
        {
            throw OutOfRange(index);
        }

        var value = new CoreVal { Kind = CoreValKind.FuncRef, FuncRef = function?.Item ?? default };
        Native.WasmtimeError.ThrowIfError(
            CoreNativeMethods.wasmtime_table_set(context, &table, index, &value),
            $"setting element {index} of the table '{Name}'");
    }

    /// <inheritdoc />
    internal override CoreExtern ToExtern() => new() { Kind = CoreExternKind.Table, Table = _table };

    private ArgumentOutOfRangeException OutOfRange(ulong index) =>
        new(nameof(index), $"The index {index} lies outside the table '{Name}' of {Size} element(s).");
}
