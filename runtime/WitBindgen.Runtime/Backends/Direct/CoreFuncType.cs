namespace WitBindgen.Runtime.Backends.Direct;

/// <summary>The signature of a core function: parameter and result kinds.</summary>
internal sealed unsafe class CoreFuncType
{
    // wasm_valkind_t of wasm.h: the numbers share 0..3 with wasmtime_valkind_t; references differ.
    private const byte WasmExternRef = 128;
    private const byte WasmFuncRef = 129;

    /// <summary>Creates the signature of a host function.</summary>
    /// <exception cref="ArgumentException">A kind other than a number: host functions take and return numbers only.</exception>
    public CoreFuncType(CoreValKind[] parameters, CoreValKind[] results)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(results);
        foreach (var kind in parameters.Concat(results))
        {
            if (kind is not (CoreValKind.I32 or CoreValKind.I64 or CoreValKind.F32 or CoreValKind.F64))
            {
                throw new ArgumentException($"A host function's parameters and results must be numbers, not {kind}.", nameof(parameters));
            }
        }

        Parameters = parameters;
        Results = results;
    }

    /// <summary>The parameter kinds.</summary>
    public IReadOnlyList<CoreValKind> Parameters { get; }

    /// <summary>The result kinds.</summary>
    public IReadOnlyList<CoreValKind> Results { get; }

    /// <summary>The number of <see cref="ValRaw"/> slots an unchecked call uses: the larger of the two counts.</summary>
    public int SlotCount => Math.Max(Parameters.Count, Results.Count);

    /// <summary>Reads a native <c>wasm_functype_t</c> (not deleted): its slot count and whether it passes references.</summary>
    public static (int Parameters, int Results, bool HasReferences) Read(nint type)
    {
        var parameters = CoreNativeMethods.wasm_functype_params(type);
        var results = CoreNativeMethods.wasm_functype_results(type);
        return (checked((int)parameters->Size), checked((int)results->Size), HasReferences(parameters) || HasReferences(results));
    }

    /// <summary>A new native <c>wasm_functype_t</c> (the caller deletes it).</summary>
    public nint CreateNative()
    {
        var parameters = CreateVector(Parameters);
        var results = CreateVector(Results);
        return CoreNativeMethods.wasm_functype_new(&parameters, &results);
    }

    private static bool HasReferences(Native.NativeVec* types)
    {
        for (nuint i = 0; i < types->Size; i++)
        {
            var kind = CoreNativeMethods.wasm_valtype_kind(((nint*)types->Data)[i]);
            if (kind is WasmExternRef or WasmFuncRef || kind > WasmFuncRef)
            {
                return true;
            }
        }

        return false;
    }

    private static Native.NativeVec CreateVector(IReadOnlyList<CoreValKind> kinds)
    {
        var types = stackalloc nint[Math.Max(kinds.Count, 1)];
        for (var i = 0; i < kinds.Count; i++)
        {
            types[i] = CoreNativeMethods.wasm_valtype_new((byte)kinds[i]);
        }

        var vector = default(Native.NativeVec);
        CoreNativeMethods.wasm_valtype_vec_new(&vector, (nuint)kinds.Count, types);
        return vector;
    }
}
