using WitBindgen.Runtime.Backends.Direct;

namespace WitBindgen.Runtime;

/// <summary>The linker's definitions for components that run on the direct backend.</summary>
public sealed partial class ComponentLinker
{
    private readonly object _directGate = new();

    // Every function definition, by import path, as the direct backend binds it; a later definition replaces one
    // only when shadowing is allowed (the Wasmtime linker, defined first, refuses it otherwise).
    private readonly Dictionary<string, DirectHostFunction> _directFunctions = new(StringComparer.Ordinal);

    // One link of each component to the definitions above, made on its first instantiation and dropped by any later
    // definition; dropped links stay alive (their instances may still call through them) until the linker is disposed.
    private readonly Dictionary<WasmComponent, DirectInstancePre> _directLinks = new(ReferenceEqualityComparer.Instance);
    private readonly List<DirectInstancePre> _retiredLinks = [];

    private void DefineDirect(string path, DirectHostFunction function)
    {
        lock (_directGate)
        {
            _directFunctions[path] = function;
            _retiredLinks.AddRange(_directLinks.Values);
            _directLinks.Clear();
        }
    }

    /// <summary>The direct backend's version of <see cref="DefineUnknownImportsAsTraps"/>: each import not defined yet traps when called.</summary>
    private void DefineUnknownImportsAsTrapsDirect(DirectComponent component)
    {
        foreach (var path in component.ImportedFunctions)
        {
            bool defined;
            lock (_directGate)
            {
                defined = _directFunctions.ContainsKey(path);
            }

            if (!defined)
            {
                // Worded and typed as the Wasmtime backend reports it.
                DefineDirect(path, (_, _) => throw new WitRuntimeException($"unknown import: `{path}` has not been defined") { FunctionName = path });
            }
        }
    }

    private ComponentInstance InstantiateDirect(ComponentStore store, WasmComponent component, DirectComponent direct)
    {
        component.ThrowIfDisposed();
        DirectInstancePre link;
        lock (_directGate)
        {
            ObjectDisposedException.ThrowIf(Handle.IsDisposed, this);
            if (!_directLinks.TryGetValue(component, out link!))
            {
                var hosts = new DirectHostFunctions();
                foreach (var (path, function) in _directFunctions)
                {
                    hosts.Define(path, function);
                }

                link = new DirectInstancePre(direct, hosts);
                _directLinks.Add(component, link);
            }
        }

        var armed = store.EnterCall("instantiating a component", functionName: null);
        try
        {
            return new ComponentInstance(store, link.Instantiate(store));
        }
        catch (DirectHostFailure failure)
        {
            throw failure.ToException("instantiating the component", functionName: null);
        }
        finally
        {
            store.ExitCall(armed);
        }
    }

    private void DisposeDirect()
    {
        lock (_directGate)
        {
            foreach (var link in _directLinks.Values.Concat(_retiredLinks))
            {
                link.Dispose();
            }

            _directLinks.Clear();
            _retiredLinks.Clear();
        }
    }
}
