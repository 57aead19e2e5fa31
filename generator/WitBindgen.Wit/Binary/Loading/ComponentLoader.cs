namespace WitBindgen.Wit.Binary.Loading;

/// <summary>
/// Loads a component binary into a <see cref="ComponentPlan"/> of core instantiations and canonical functions, the
/// input of a backend that runs components on the core WebAssembly API.
/// </summary>
internal static class ComponentLoader
{
    /// <summary>Reads and flattens the component in <paramref name="bytes"/>.</summary>
    /// <exception cref="ComponentLoadException">
    /// The binary is malformed, or uses a construct the loader refuses: a component-level <c>start</c> section, value
    /// definitions, core modules or components supplied by the host. The message names the section, the entry and
    /// what is wrong.
    /// </exception>
    public static ComponentPlan Load(byte[] bytes)
    {
        if (bytes is null)
        {
            throw new ArgumentNullException(nameof(bytes));
        }

        return ComponentFlattener.Flatten(bytes);
    }
}
