using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using WitBindgen.Runtime.Native;

namespace WitBindgen.Runtime;

public sealed unsafe partial class ComponentLinker
{
    /// <summary>
    /// Defines the host resource type <paramref name="type"/> as the import <paramref name="name"/> (a WIT
    /// resource of an imported interface), so components importing it can be instantiated. Its constructor,
    /// methods and static functions are ordinary functions (<c>[constructor]y</c>, <c>[method]y.get-a</c>,
    /// <c>[static]y.add</c>) defined with <see cref="DefineFunction"/>.
    /// </summary>
    /// <param name="instancePath">The imported interface (<c>ns:pkg/iface@1.0.0</c>), or null for a world-level resource.</param>
    /// <param name="name">The WIT resource name (<c>y</c>).</param>
    /// <param name="type">The resource type; its destructor runs when the guest drops a handle's last owner.</param>
    /// <exception cref="WitRuntimeException">Wasmtime refused the definition (a duplicate name without shadowing).</exception>
    public void DefineResource(string? instancePath, string name, HostResourceType type)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(type);
        var displayName = string.IsNullOrEmpty(instancePath) ? name : instancePath + "#" + name;
        if (!_definingDirectOnly)
        {
            DefineWasmtimeResource(instancePath, name, type, displayName);
        }

        DefineDirectResource(displayName, type);
    }

    private void DefineWasmtimeResource(string? instancePath, string name, HostResourceType type, string displayName)
    {
        using var linker = Handle.Lease();
        using var instance = new LinkerInstance(linker.Pointer, instancePath);
        var nativeType = NativeMethods.wasmtime_component_resource_type_new_host(type.Id);
        try
        {
            var target = instance.Target;
            var data = GCHandle.ToIntPtr(GCHandle.Alloc(type));
            var utf8 = Encoding.UTF8.GetBytes(name);
            nint error;
            fixed (byte* text = utf8)
            {
                error = NativeMethods.wasmtime_component_linker_instance_add_resource(
                    target, text, (nuint)utf8.Length, nativeType, &DestroyResource, data, &ReleaseResourceType);
            }

            if (error != 0)
            {
                // The data was moved into the rejected definition, whose drop already ran the finalizer.
                throw WasmtimeError.ToException(error, $"defining the host resource '{displayName}'", hostException: null);
            }
        }
        finally
        {
            NativeMethods.wasmtime_component_resource_type_delete(nativeType);
        }
    }

    // Wasmtime calls this when the guest drops an own handle of a host resource (WIT [resource-drop]).
    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static nint DestroyResource(nint data, nint context, uint rep)
    {
        HostResourceType? type = null;
        try
        {
            type = (HostResourceType)GCHandle.FromIntPtr(data).Target!;
            var (value, last) = StoreResources.FromContext(context).Release(rep, type, $"[resource-drop]{type.Name}");
            if (last)
            {
                type.Destroy(value);
            }

            return 0;
        }
        catch (Exception exception)
        {
            return WasmtimeError.Create(
                $"the destructor of host resource '{type?.Name ?? "<unknown>"}' threw {exception.GetType().FullName}: {exception.Message}");
        }
    }

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static void ReleaseResourceType(nint data) => GCHandle.FromIntPtr(data).Free();
}
