namespace WitBindgen.Runtime.Wasi.Io;

/// <summary>
/// Counts the live children of a WASI resource (the pollables its <c>subscribe</c> made). WASI requires a child to
/// be dropped before its parent: dropping a parent with live children traps, as Wasmtime's resource table does.
/// </summary>
internal sealed class WasiResourceChildren
{
    private readonly string _parent;
    private int _live;

    /// <summary>Creates the count for the resource <paramref name="parent"/> (its WIT name, for the trap's message).</summary>
    public WasiResourceChildren(string parent) => _parent = parent;

    /// <summary>Whether any child is alive.</summary>
    public bool Any => _live > 0;

    /// <summary>A child was made.</summary>
    public void Add() => _live++;

    /// <summary>A child was dropped.</summary>
    public void Remove() => _live--;

    /// <summary>Traps when the parent is dropped while a child lives.</summary>
    /// <exception cref="InvalidOperationException">A child is alive.</exception>
    public void ThrowIfAny()
    {
        if (_live > 0)
        {
            throw new InvalidOperationException(
                $"resource has children: a `{_parent}` was dropped while {_live} pollable(s) it made still exist; drop them first.");
        }
    }
}
