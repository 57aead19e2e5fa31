namespace WitBindgen.Runtime.Backends.Direct;

/// <summary>
/// The host functions a component's imports are bound to on the direct backend, by import path
/// (<c>interface#function</c>, or the function's name for a top-level import). Define everything before creating a
/// <see cref="DirectInstancePre"/>, which takes what it needs; not thread-safe while defining.
/// </summary>
internal sealed class DirectHostFunctions
{
    private readonly Dictionary<string, DirectHostFunction> _functions = new(StringComparer.Ordinal);

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

    /// <summary>The function bound to <paramref name="path"/>, or null.</summary>
    public DirectHostFunction? Find(string path) => _functions.TryGetValue(path, out var function) ? function : null;
}
