using System.Runtime.InteropServices;
using WitBindgen.Runtime.Native;

namespace WitBindgen.Runtime.Backends.Direct;

/// <summary>Reads the function types a compiled core module declares for its imports (<c>wasmtime_module_imports</c>).</summary>
internal static unsafe partial class CoreModuleImportTypes
{
    private const string Library = "wasmtime";

    /// <summary>
    /// One entry per import of <paramref name="module"/>, in the module's import order: the signature of a function
    /// import, or null for a memory, table or global import.
    /// </summary>
    /// <exception cref="WitRuntimeException">A function import passes something other than numbers.</exception>
    public static CoreFuncType?[] Read(CoreModule module)
    {
        ArgumentNullException.ThrowIfNull(module);
        var imports = default(NativeVec);
        using (var compiled = module.Handle.Lease())
        {
            wasmtime_module_imports(compiled.Pointer, &imports);
        }

        try
        {
            var types = new CoreFuncType?[checked((int)imports.Size)];
            for (var i = 0; i < types.Length; i++)
            {
                var functype = wasm_externtype_as_functype_const(wasm_importtype_type(((nint*)imports.Data)[i]));
                if (functype != 0)
                {
                    types[i] = new CoreFuncType(Kinds(CoreNativeMethods.wasm_functype_params(functype), i), Kinds(CoreNativeMethods.wasm_functype_results(functype), i));
                }
            }

            return types;
        }
        finally
        {
            wasm_importtype_vec_delete(&imports);
        }
    }

    private static CoreValKind[] Kinds(NativeVec* types, int import)
    {
        var kinds = new CoreValKind[checked((int)types->Size)];
        for (var i = 0; i < kinds.Length; i++)
        {
            var kind = CoreNativeMethods.wasm_valtype_kind(((nint*)types->Data)[i]);
            kinds[i] = kind <= (byte)CoreValKind.F64
                ? (CoreValKind)kind
                : throw new WitRuntimeException($"Import {import} of a core module passes a value of kind {kind}, which a lowered function never does.");
        }

        return kinds;
    }

    [LibraryImport(Library)] private static partial void wasmtime_module_imports(nint module, NativeVec* imports);
    [LibraryImport(Library)] private static partial void wasm_importtype_vec_delete(NativeVec* imports);
    [LibraryImport(Library)] private static partial nint wasm_importtype_type(nint import);
    [LibraryImport(Library)] private static partial nint wasm_externtype_as_functype_const(nint type);
}
