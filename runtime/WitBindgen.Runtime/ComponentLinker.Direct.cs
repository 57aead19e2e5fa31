using WitBindgen.Runtime.Backends.Direct;
using WitBindgen.Runtime.Wasi;

namespace WitBindgen.Runtime;

/// <summary>The linker's definitions for components that run on the direct backend.</summary>
public sealed partial class ComponentLinker
{
    private readonly object _directGate = new();

    // Every function definition, by import path, as the direct backend binds it; a later definition replaces one
    // only when shadowing is allowed (the Wasmtime linker, defined first, refuses it otherwise).
    private readonly Dictionary<string, DirectHostFunction> _directFunctions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HostResourceType> _directResources = new(StringComparer.Ordinal);

    // One link of each component to the definitions above, made on its first instantiation and dropped by any later
    // definition; dropped links stay alive (their instances may still call through them) until the linker is disposed.
    private readonly Dictionary<WasmComponent, DirectInstancePre> _directLinks = new(ReferenceEqualityComparer.Instance);
    private readonly List<DirectInstancePre> _retiredLinks = [];

    // Set while definitions go to the direct backend only (the runtime's WASI, see DefineDirectOnly).
    private bool _definingDirectOnly;

    /// <summary>
    /// Runs <paramref name="define"/> with <see cref="DefineFunction"/> and <see cref="DefineResource"/> defining for
    /// the direct backend only: the Wasmtime linker is left as it is (the runtime's WASI goes in this way, beside
    /// Wasmtime's). A later definition of the same name replaces it on both backends where shadowing is allowed.
    /// </summary>
    internal void DefineDirectOnly(Action define)
    {
        _definingDirectOnly = true;
        try
        {
            define();
        }
        finally
        {
            _definingDirectOnly = false;
        }
    }

    private void DefineDirectResource(string path, HostResourceType type)
    {
        lock (_directGate)
        {
            _directResources[path] = type;
            _retiredLinks.AddRange(_directLinks.Values);
            _directLinks.Clear();
        }
    }

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
        foreach (var resource in component.Plan.Resources)
        {
            if (resource.Import is { } import)
            {
                bool known;
                lock (_directGate)
                {
                    known = FindDirect(_directResources, import.DisplayName) is not null;
                }

                if (!known)
                {
                    // As on the Wasmtime backend: a type of its own, which no function of the host can make.
                    DefineDirectResource(import.DisplayName, new HostResourceType(import.DisplayName));
                }
            }
        }

        foreach (var path in component.ImportedFunctions)
        {
            bool defined;
            lock (_directGate)
            {
                defined = FindDirect(_directFunctions, path) is not null;
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
        if (WasiImports.FindDisabledFeature(direct.Plan, store.WasiConfiguration) is { } disabled)
        {
            throw new WitRuntimeException(disabled);
        }

        if (WasiImports.FindUnavailablePreopen(direct.Plan, store.WasiConfiguration) is { } unavailable)
        {
            throw new WitRuntimeException(unavailable);
        }

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

                foreach (var (path, type) in _directResources)
                {
                    hosts.DefineResource(path, type);
                }

                DefineWasiVersions(direct, hosts);

                // As the Wasmtime backend words it: an imported interface of which the linker defines nothing at all.
                if (FindUndefinedInstance(direct) is { } undefined)
                {
                    throw new WitRuntimeException(
                        $"{direct.SentenceName} imports instance '{undefined}', but a matching implementation was not found in the linker: it defines none of its functions or resources.");
                }

                // As the Wasmtime backend refuses it: every imported resource needs its host type.
                if (direct.Plan.Resources.FirstOrDefault(r => r.Import is { } import && FindDirect(_directResources, import.DisplayName) is null) is { Import: { } missing })
                {
                    throw new WitRuntimeException(
                        $"{direct.SentenceName} imports the resource '{missing.DisplayName}', for which no host resource type is defined (ComponentLinker.DefineResource).");
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
        catch (DirectGuestTrap trap)
        {
            throw trap.ToInstantiationException();
        }
        finally
        {
            store.ExitCall(armed);
        }
    }

    /// <summary>
    /// The definition of <paramref name="path"/>: its own, else (for an import of another WASI 0.2 release than the
    /// runtime's) the runtime's WASI definition it binds to; null when neither exists.
    /// </summary>
    private static T? FindDirect<T>(Dictionary<string, T> definitions, string path)
        where T : class =>
        definitions.GetValueOrDefault(path) ?? (WasiImports.DefinedPath(path) is { } defined ? definitions.GetValueOrDefault(defined) : null);

    /// <summary>The first interface the component imports of which neither a function nor a resource is defined, or null.</summary>
    private string? FindUndefinedInstance(DirectComponent direct)
    {
        var paths = direct.ImportedFunctions
            .Select(path => (Path: path, Defined: FindDirect(_directFunctions, path) is not null))
            .Concat(direct.Plan.Resources
                .Where(resource => resource.Import is not null)
                .Select(resource => (Path: resource.Import!.DisplayName, Defined: FindDirect(_directResources, resource.Import.DisplayName) is not null)));
        var instances = new Dictionary<string, bool>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var (path, defined) in paths)
        {
            var separator = path.IndexOf('#', StringComparison.Ordinal);
            if (separator < 0)
            {
                continue;
            }

            var instance = path[..separator];
            if (instances.TryGetValue(instance, out var any))
            {
                instances[instance] = any || defined;
            }
            else
            {
                instances.Add(instance, defined);
                order.Add(instance);
            }
        }

        return order.FirstOrDefault(instance => !instances[instance]);
    }

    /// <summary>
    /// Binds the component's imports of another WASI 0.2 release (<c>wasi:io/streams@0.2.0</c>) that are not defined
    /// under their own name to the definitions of the runtime's release; selection checked that their types agree.
    /// </summary>
    private void DefineWasiVersions(DirectComponent direct, DirectHostFunctions hosts)
    {
        foreach (var path in direct.ImportedFunctions)
        {
            if (!_directFunctions.ContainsKey(path) && FindDirect(_directFunctions, path) is { } function)
            {
                hosts.Define(path, function);
            }
        }

        foreach (var resource in direct.Plan.Resources)
        {
            if (resource.Import is { } import && !_directResources.ContainsKey(import.DisplayName) && FindDirect(_directResources, import.DisplayName) is { } type)
            {
                hosts.DefineResource(import.DisplayName, type);
            }
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
