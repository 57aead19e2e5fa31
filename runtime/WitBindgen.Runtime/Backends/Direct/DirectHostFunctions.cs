using WitBindgen.Wit.Binary;

namespace WitBindgen.Runtime.Backends.Direct;

/// <summary>
/// The host functions a component's imports are bound to on the direct backend, by import path
/// (<c>interface#function</c>, or the function's name for a top-level import). Define everything before creating a
/// <see cref="DirectInstancePre"/>, which takes what it needs; not thread-safe while defining.
/// </summary>
internal sealed class DirectHostFunctions
{
    private readonly Dictionary<string, DirectHostFunction> _functions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, FuncNode> _types = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HostResourceType> _resources = new(StringComparer.Ordinal);

    /// <summary>Binds the imported resource type <paramref name="path"/> (<c>interface#resource</c>) to <paramref name="type"/>; a later definition replaces it.</summary>
    public void DefineResource(string path, HostResourceType type)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(type);
        _resources[path] = type;
    }

    /// <summary>The host resource type bound to <paramref name="path"/>, or null.</summary>
    public HostResourceType? FindResource(string path) => _resources.GetValueOrDefault(path);

    /// <summary>Binds the import <paramref name="path"/> to <paramref name="function"/>.</summary>
    /// <exception cref="ArgumentException">The path is already defined.</exception>
    public void Define(string path, DirectHostFunction function)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(function);
        if (!_functions.TryAdd(path, function))
        {
            throw new ArgumentException($"A host function for the import '{path}' is already defined.", nameof(path));
        }
    }

    /// <summary>
    /// Binds the imported function <paramref name="name"/> of the imported interface <paramref name="instancePath"/>
    /// (null or empty for a function the world imports itself) to <paramref name="callback"/>, at the value level as
    /// <see cref="ComponentLinker.DefineFunction"/> does on the Wasmtime backend: the guest's arguments are lifted with
    /// the lowering's options and released after the call, and the value written to the results is lowered into the
    /// guest and then released (never release either in the callback). When <paramref name="type"/> is given, a
    /// component lowering the import with another type is refused when it is linked.
    /// </summary>
    /// <exception cref="ArgumentException">The path is already defined.</exception>
    public void Define(string? instancePath, string name, ComponentHostFunction callback, FuncNode? type = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(callback);
        var path = string.IsNullOrEmpty(instancePath) ? name : instancePath + "#" + name;
        Define(path, new DirectValueFunction(type, callback).Invoke);
        if (type is not null)
        {
            _types.Add(path, type);
        }
    }

    /// <summary>The function type the host declared for <paramref name="path"/>, or null.</summary>
    public FuncNode? DeclaredType(string path) => _types.GetValueOrDefault(path);

    /// <summary>The function bound to <paramref name="path"/>, or null.</summary>
    public DirectHostFunction? Find(string path) => _functions.TryGetValue(path, out var function) ? function : null;
}
