using WitBindgen.Wit.Binary;

namespace WitBindgen.Runtime.Backends.Direct;

/// <summary>
/// What a <see cref="DirectHostFunction"/> learns about its call: the import called, its component type, and the
/// calling instance's canonical options for the lowering (memory, realloc, string encoding). One per lowering and
/// instance, made on the first call.
/// </summary>
internal sealed class DirectCallContext
{
    private readonly int _lowering;

    internal DirectCallContext(DirectInstance instance, int lowering, string functionPath, FuncNode? type, DirectOptions options, int componentInstance)
    {
        _lowering = lowering;
        ComponentInstance = componentInstance;
        Instance = instance;
        FunctionPath = functionPath;
        Type = type;
        Options = options;
    }

    /// <summary>The component instance whose <c>canon lower</c> made the import (whose handle table its handles index).</summary>
    public int ComponentInstance { get; }

    /// <summary>The calling instance.</summary>
    public DirectInstance Instance { get; }

    /// <summary>The import's path (<c>interface#function</c>).</summary>
    public string FunctionPath { get; }

    /// <summary>The lowered function's component type, when the loader knows it.</summary>
    public FuncNode? Type { get; }

    /// <summary>The lowering's options resolved to the calling instance's externs.</summary>
    public DirectOptions Options { get; }

    /// <summary>The generated Canonical ABI implementation's state for this lowering, once its first call decided it.</summary>
    public object? Canonical { get; set; }

    /// <summary>
    /// What the generated Canonical ABI implementation decided about this lowering that holds for every instance of the
    /// same linked component, in any store (kept by the link, so it is decided once); null until a first call decided it.
    /// Set only to immutable objects: instances in stores on other threads read it.
    /// </summary>
    public object? SharedCanonical
    {
        get => Volatile.Read(ref Instance.Pre.SharedCanonical[_lowering]);
        set => Volatile.Write(ref Instance.Pre.SharedCanonical[_lowering], value);
    }
}
