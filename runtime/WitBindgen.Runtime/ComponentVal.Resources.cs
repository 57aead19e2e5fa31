namespace WitBindgen.Runtime;

public unsafe partial struct ComponentVal
{
    /// <summary>Whether this is a resource handle (<see cref="ComponentValKind.Resource"/>).</summary>
    public readonly bool IsResource => _kind == ComponentValKind.Resource;

    /// <summary>
    /// A resource value taking ownership of <paramref name="resourceAny"/> (a <c>wasmtime_component_resource_any_t*</c>):
    /// releasing the value deletes it (host memory only; dropping the resource is separate).
    /// </summary>
    internal static ComponentVal FromResourcePointer(nint resourceAny)
    {
        var value = default(ComponentVal);
        value._kind = ComponentValKind.Resource;
        value._bits = (ulong)resourceAny;
        return value;
    }

    /// <summary>The <c>wasmtime_component_resource_any_t*</c> of a resource value (a view, valid while this value lives).</summary>
    internal readonly nint GetResourcePointer()
    {
        Expect(ComponentValKind.Resource);
        return (nint)_bits;
    }

    /// <summary>Whether this resource handle is an <c>own</c> (true) or a <c>borrow</c> (false).</summary>
    /// <exception cref="InvalidOperationException">The value is not a resource.</exception>
    public readonly bool IsOwnedResource() => Native.NativeMethods.wasmtime_component_resource_any_owned(GetResourcePointer());
}
