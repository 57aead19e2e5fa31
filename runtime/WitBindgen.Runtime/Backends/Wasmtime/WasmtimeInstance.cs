using System.Text;
using WitBindgen.Runtime.Native;

namespace WitBindgen.Runtime.Backends.Wasmtime;

/// <summary>
/// A component instance on the Wasmtime backend: its <c>wasmtime_component_instance_t</c>, whose exported functions
/// are looked up through the component C API. Use it only inside the store (between its enter and exit).
/// </summary>
internal readonly unsafe struct WasmtimeInstance
{
    private readonly InstanceItem _instance;

    public WasmtimeInstance(InstanceItem instance)
    {
        _instance = instance;
    }

    /// <summary>The function <paramref name="functionName"/> of the exported interface <paramref name="interfaceName"/> (null: of the world), or null.</summary>
    public WasmtimeFunction? TryGetFunction(nint context, string? interfaceName, string functionName)
    {
        var instance = _instance;
        nint parent = 0;
        nint index = 0;
        try
        {
            if (interfaceName is not null)
            {
                parent = Lookup(&instance, context, 0, interfaceName);
                if (parent == 0)
                {
                    return null;
                }
            }

            index = Lookup(&instance, context, parent, functionName);
            return index == 0 ? null : GetFunction(context, index);
        }
        finally
        {
            if (index != 0)
            {
                NativeMethods.wasmtime_component_export_index_delete(index);
            }

            if (parent != 0)
            {
                NativeMethods.wasmtime_component_export_index_delete(parent);
            }
        }
    }

    /// <summary>The function behind the export index <paramref name="index"/>, or null when it names something else.</summary>
    public WasmtimeFunction? GetFunction(nint context, nint index)
    {
        var instance = _instance;
        FuncItem func;
        return NativeMethods.wasmtime_component_instance_get_func(&instance, context, index, &func) ? new WasmtimeFunction(func) : null;
    }

    private static nint Lookup(InstanceItem* instance, nint context, nint parent, string name)
    {
        var utf8 = Encoding.UTF8.GetBytes(name);
        fixed (byte* text = utf8)
        {
            return NativeMethods.wasmtime_component_instance_get_export_index(instance, context, parent, text, (nuint)utf8.Length);
        }
    }
}
