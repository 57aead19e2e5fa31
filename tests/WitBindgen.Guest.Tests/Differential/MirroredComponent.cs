using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using Wasmtime;
using Wasmtime.Components;

namespace WitBindgen.Guest.Tests.Differential;

/// <summary>
/// A WAT component from <see cref="ComponentWriter"/> instantiated in Wasmtime (compiled once and cached in the
/// temp directory, keyed by the hash of its text), and the native buffer that mirrors its linear memory for the
/// C# bindings: they allocate in its lower half with <see cref="Realloc"/>, the component in the upper half.
/// </summary>
public sealed unsafe class MirroredComponent : IDisposable
{
    /// <summary>The first offset the C# side allocates at (below it: scratch space of the tests and the component).</summary>
    public const uint GuestStart = 1024;

    private readonly Engine _engine;
    private readonly Store _store;
    private readonly ComponentInstance _instance;
    private readonly Dictionary<string, ComponentFunction> _functions = new();
    private readonly byte* _mirror;
    private uint _bump = GuestStart;

    public MirroredComponent(string wat)
    {
        _mirror = (byte*)NativeMemory.AlignedAlloc(ComponentWriter.MemorySize, 16);
        NativeMemory.Clear(_mirror, ComponentWriter.MemorySize);
        _engine = new Engine(new Config().WithComponentModel(true));
        _store = new Store(_engine);
        using var component = Load(wat);
        using var linker = new ComponentLinker(_engine);
        _instance = linker.Instantiate(_store, component);
    }

    /// <summary>The address of the mirror buffer.</summary>
    public IntPtr MirrorAddress => (IntPtr)_mirror;

    /// <summary>The end of what the C# side allocated since <see cref="ResetGuestAllocator"/>.</summary>
    public uint GuestEnd => _bump;

    /// <summary>How many blocks the C# side freed (reallocations to size 0).</summary>
    public int Frees { get; private set; }

    public void ResetGuestAllocator() => _bump = GuestStart;

    public ComponentValue? Call(string name, params ComponentValue[] args)
    {
        if (!_functions.TryGetValue(name, out var function))
        {
            function = _instance.GetFunction(name) ?? throw new InvalidOperationException($"no export {name}");
            _functions[name] = function;
        }

        return function.Call(args);
    }

    /// <summary>Copies a range of the component's memory into the mirror.</summary>
    public void CopyFromComponent(uint offset, uint length)
    {
        var bytes = Call("dump", ComponentValue.U32(offset), ComponentValue.U32(length))!.AsList();
        for (var k = 0; k < bytes.Count; k++)
        {
            _mirror[offset + k] = bytes[k].AsU8();
        }
    }

    /// <summary>Copies what the component allocated since its last <c>reset</c> into the mirror.</summary>
    public void CopyComponentRegion()
    {
        var end = Call("bump")!.AsU32();
        CopyFromComponent(ComponentWriter.ComponentRegion, end - ComponentWriter.ComponentRegion);
    }

    /// <summary>Copies a range of the mirror into the component's memory.</summary>
    public void CopyToComponent(uint offset, uint length)
    {
        var bytes = new ComponentValue[length];
        for (var k = 0; k < length; k++)
        {
            bytes[k] = ComponentValue.U8(_mirror[offset + k]);
        }

        Call("write", ComponentValue.U32(offset), ComponentValue.List(bytes));
    }

    /// <summary>The C# side's <c>cabi_realloc</c>: a bump allocator below the component's region; frees are only counted.</summary>
    public uint Realloc(uint oldPtr, uint oldSize, uint align, uint newSize)
    {
        if (newSize == 0)
        {
            Frees++;
            return 0;
        }

        var ptr = (_bump + align - 1) / align * align;
        _bump = ptr + newSize;
        if (_bump > ComponentWriter.ComponentRegion)
        {
            throw new InvalidOperationException("the C# side ran out of its half of the memory");
        }

        if (oldPtr != 0)
        {
            new Span<byte>(_mirror + oldPtr, (int)Math.Min(oldSize, newSize)).CopyTo(new Span<byte>(_mirror + ptr, (int)newSize));
        }

        return ptr;
    }

    public void Dispose()
    {
        _store.Dispose();
        _engine.Dispose();
        NativeMemory.AlignedFree(_mirror);
    }

    private Component Load(string wat)
    {
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(wat + typeof(Engine).Assembly.FullName)))[..16];
        var path = Path.Combine(Path.GetTempPath(), "witbindgen-guest-tests", hash + ".cwasm");
        if (File.Exists(path))
        {
            try
            {
                return Component.Deserialize(_engine, File.ReadAllBytes(path));
            }
            catch (WasmtimeException)
            {
                File.Delete(path);
            }
        }

        var component = Component.FromText(_engine, wat);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temp = path + "." + Guid.NewGuid().ToString("N");
        File.WriteAllBytes(temp, component.Serialize());
        File.Move(temp, path, overwrite: true);
        return component;
    }
}
