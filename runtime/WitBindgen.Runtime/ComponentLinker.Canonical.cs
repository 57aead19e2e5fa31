using WitBindgen.Runtime.Backends.Direct;

namespace WitBindgen.Runtime;

/// <summary>The linker's definitions of imports implemented through the generated Canonical ABI on the direct backend.</summary>
public sealed partial class ComponentLinker
{
    /// <summary>
    /// Replaces the direct backend's function for <paramref name="path"/> with what <paramref name="wrap"/> makes of the
    /// current one (the value-level definition, which the Wasmtime backend keeps using).
    /// </summary>
    /// <exception cref="InvalidOperationException">The path has no definition yet.</exception>
    internal void DefineDirectOver(string path, Func<DirectHostFunction, DirectHostFunction> wrap)
    {
        DirectHostFunction current;
        lock (_directGate)
        {
            ObjectDisposedException.ThrowIf(Handle.IsDisposed, this);
            current = _directFunctions.GetValueOrDefault(path)
                ?? throw new InvalidOperationException($"The import '{path}' has no value-level definition to implement through the Canonical ABI; define it with DefineFunction first.");
        }

        DefineDirect(path, wrap(current));
    }
}
