using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using Wasmtime;
using Wasmtime.Components;
using WitBindgen.CodeGen;
using WitBindgen.Guest.Tests.Infrastructure;
using WitBindgen.Wit;
using WitBindgen.Wit.Model;
using WitBindgen.Wit.Resolution;

namespace WitBindgen.Guest.Tests.Differential;

/// <summary>
/// Builds everything the differential tests share once: the guest bindings of <see cref="TestWorld"/> compiled
/// with their <see cref="IGuestDriver"/>, the WAT component instantiated in Wasmtime (compiled once and cached
/// in the temp directory, keyed by the hash of its text), and the buffer that mirrors the component's memory.
/// </summary>
public sealed unsafe class GuestFixture : IDisposable
{
    private readonly Engine _engine;
    private readonly Store _store;
    private readonly ComponentInstance _instance;
    private readonly Dictionary<string, ComponentFunction> _functions = new();
    private uint _bump;

    public GuestFixture()
    {
        var files = new[] { new SourceFile("differential.wit", TestWorld.Wit) }.ToEquatableArray();
        var resolved = WitResolver.Resolve(new WitInput(files, EquatableArray<DependencyGroup>.Empty, EquatableArray<string>.Empty));
        Model = resolved.Model ?? throw new InvalidOperationException(string.Join("\n", resolved.Diagnostics));
        var world = Model.Worlds.Single();
        Exports = world.Exports.Select(e => e.Item).OfType<WorldFunctionItem>().Select(f => f.Function).ToList();
        Types = Exports.Select(f => f.Params[0].Type).ToList();

        var options = new CodeGenOptions(null, BindingMode.Guest, null, false);
        var generated = CSharpGenerator.Generate(Model, options);
        if (generated.Diagnostics.Count > 0)
        {
            throw new InvalidOperationException(string.Join("\n", generated.Diagnostics));
        }

        var driverText = new DriverWriter(Model, options).Write(Exports);
        var sources = generated.Files.Select(f => (f.HintName, f.Text)).Append(("Driver.cs", driverText));
        var assembly = RoslynCompiler.Load(sources, typeof(IGuestDriver).Assembly);
        Driver = (IGuestDriver)Activator.CreateInstance(assembly.GetType("Driver")!)!;

        Mirror = (byte*)NativeMemory.AlignedAlloc(ComponentWriter.MemorySize, 16);
        NativeMemory.Clear(Mirror, ComponentWriter.MemorySize);
        Driver.UseMemory((IntPtr)Mirror, ComponentWriter.MemorySize, Realloc);

        _engine = new Engine(new Config().WithComponentModel(true));
        _store = new Store(_engine);
        using var component = LoadComponent(ComponentWriter.Wat(Model, Types));
        using var linker = new ComponentLinker(_engine);
        _instance = linker.Instantiate(_store, component);
    }

    public WitModel Model { get; }

    public IReadOnlyList<WitBindgen.Wit.Model.Function> Exports { get; }

    public IReadOnlyList<WitType> Types { get; }

    public IGuestDriver Driver { get; }

    /// <summary>The buffer the C# bindings read and write: the component's memory, as far as it was copied.</summary>
    public byte* Mirror { get; }

    /// <summary>The end of what the C# side allocated since <see cref="ResetGuestAllocator"/>.</summary>
    public uint GuestEnd => _bump;

    /// <summary>The first offset the C# side allocates at (below it: scratch used by the component).</summary>
    public const uint GuestStart = 1024;

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

    /// <summary>Copies the component's memory range into the mirror.</summary>
    public void CopyFromComponent(uint offset, uint length)
    {
        var bytes = Call("dump", ComponentValue.U32(offset), ComponentValue.U32(length))!.AsList();
        for (var k = 0; k < bytes.Count; k++)
        {
            Mirror[offset + k] = bytes[k].AsU8();
        }
    }

    /// <summary>Copies the mirror's range into the component's memory.</summary>
    public void CopyToComponent(uint offset, uint length)
    {
        var bytes = new ComponentValue[length];
        for (var k = 0; k < length; k++)
        {
            bytes[k] = ComponentValue.U8(Mirror[offset + k]);
        }

        Call("write", ComponentValue.U32(offset), ComponentValue.List(bytes));
    }

    public void Dispose()
    {
        _store.Dispose();
        _engine.Dispose();
        NativeMemory.AlignedFree(Mirror);
    }

    // The C# side's cabi_realloc: a bump allocator below the component's own region; frees are ignored.
    private uint Realloc(uint oldPtr, uint oldSize, uint align, uint newSize)
    {
        if (newSize == 0)
        {
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
            new Span<byte>(Mirror + oldPtr, (int)Math.Min(oldSize, newSize)).CopyTo(new Span<byte>(Mirror + ptr, (int)newSize));
        }

        return ptr;
    }

    private Component LoadComponent(string wat)
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
