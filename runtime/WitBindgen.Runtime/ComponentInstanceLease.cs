namespace WitBindgen.Runtime;

/// <summary>
/// An instance made by <see cref="ComponentInstanceFactory.Create"/> together with the store it owns. Dispose it when
/// the request is done: that frees the store, the instance and (with the pooling allocator) returns its slot.
/// </summary>
public sealed class ComponentInstanceLease : IDisposable
{
    internal ComponentInstanceLease(ComponentStore store, ComponentInstance instance)
    {
        Store = store;
        Instance = instance;
    }

    /// <summary>The store (one thread at a time).</summary>
    public ComponentStore Store { get; }

    /// <summary>The instance.</summary>
    public ComponentInstance Instance { get; }

    /// <summary>Shorthand for <see cref="ComponentInstance.GetFunction(string?, string)"/>.</summary>
    public ComponentFunction GetFunction(string? interfaceName, string functionName) => Instance.GetFunction(interfaceName, functionName);

    /// <summary>Shorthand for <see cref="ComponentInstance.GetFunction(ComponentExportIndex)"/>.</summary>
    public ComponentFunction GetFunction(ComponentExportIndex index) => Instance.GetFunction(index);

    /// <inheritdoc />
    public void Dispose() => Store.Dispose();
}
