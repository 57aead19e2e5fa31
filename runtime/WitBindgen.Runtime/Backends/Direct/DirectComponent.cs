using WitBindgen.Runtime.Native;
using WitBindgen.Runtime.Wasi;
using WitBindgen.Wit.Binary.Loading;

namespace WitBindgen.Runtime.Backends.Direct;

/// <summary>
/// A component prepared for the direct backend: its flattened plan and its core modules, each compiled once per
/// engine through the core layer's content-keyed cache (a module several components embed compiles once).
/// Immutable and thread-safe; instantiate it through a <see cref="DirectInstancePre"/>.
/// </summary>
internal sealed unsafe class DirectComponent
{
    private DirectComponent(WasmEngine engine, string name, ComponentPlan plan, CoreModule[] modules)
    {
        Engine = engine;
        Name = name;
        Plan = plan;
        Modules = modules;
        ImportedFunctions = plan.Lowerings.Select(l => l.Callee).OfType<ImportedItem>().Select(i => i.DisplayName).Distinct().ToArray();
    }

    /// <summary>The engine the modules were compiled for.</summary>
    public WasmEngine Engine { get; }

    /// <summary>What messages call the component (a file name, or "the component").</summary>
    public string Name { get; }

    /// <summary><see cref="Name"/> to start a sentence with.</summary>
    internal string SentenceName => Name.Length == 0 ? Name : char.ToUpperInvariant(Name[0]) + Name[1..];

    /// <summary>The flattened component.</summary>
    public ComponentPlan Plan { get; }

    /// <summary>The compiled core modules, indexed as <see cref="ComponentPlan.Modules"/>.</summary>
    public IReadOnlyList<CoreModule> Modules { get; }

    /// <summary>The paths of the imported functions the component lowers (<c>interface#function</c>), each once.</summary>
    public IReadOnlyList<string> ImportedFunctions { get; }

    /// <summary>Loads the component in <paramref name="bytes"/>, refusing what the direct backend cannot run.</summary>
    /// <param name="engine">The engine to compile the core modules for.</param>
    /// <param name="bytes">The component binary.</param>
    /// <param name="name">What messages call the component, e.g. its file name.</param>
    /// <exception cref="WitRuntimeException">
    /// The binary cannot be flattened, or uses what the direct backend cannot run yet (the message names it: async
    /// options and built-ins, handles between the inner components of a composed component).
    /// </exception>
    public static DirectComponent Load(WasmEngine engine, byte[] bytes, string name = "the component")
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(bytes);
        ArgumentNullException.ThrowIfNull(name);
        var plan = LoadPlan(bytes, name);
        if (DirectSupport.FindUnsupported(plan) is { } unsupported)
        {
            throw new WitRuntimeException($"The direct backend cannot run {name}: it uses {unsupported}.");
        }

        return Compile(engine, name, plan);
    }

    /// <summary>
    /// Loads the component in <paramref name="bytes"/> for a backend selection: returns null and why in
    /// <paramref name="reason"/> when the direct backend cannot run it as it is linked through the public API,
    /// which also covers a <c>wasi:*</c> import the runtime's WASI does not serve (see <see cref="WasiImports"/>).
    /// </summary>
    /// <exception cref="WitRuntimeException">A core module does not compile.</exception>
    public static DirectComponent? TryLoad(WasmEngine engine, byte[] bytes, out string? reason)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(bytes);
        const string Name = "the component";
        ComponentPlan plan;
        try
        {
            plan = LoadPlan(bytes, Name);
        }
        catch (WitRuntimeException error)
        {
            reason = error.Message;
            return null;
        }

        if (WasiImports.FindUnserved(plan, engine.Backend) is { } unserved)
        {
            reason = unserved;
            return null;
        }

        if (DirectSupport.FindUnsupported(plan) is { } unsupported)
        {
            reason = $"The direct backend cannot run {Name}: it uses {unsupported}.";
            return null;
        }

        reason = null;
        return Compile(engine, Name, plan);
    }

    private static ComponentPlan LoadPlan(byte[] bytes, string name)
    {
        try
        {
            return ComponentLoader.Load(bytes);
        }
        catch (ComponentLoadException error)
        {
            throw new WitRuntimeException($"The direct backend cannot load {name}: {error.Message}", error);
        }
    }

    private static DirectComponent Compile(WasmEngine engine, string name, ComponentPlan plan)
    {
        var modules = new CoreModule[plan.Modules.Count];
        for (var i = 0; i < modules.Length; i++)
        {
            modules[i] = CoreModule.FromBytes(engine, plan.Modules[i].Content.AsSpan());
        }

        return new DirectComponent(engine, name, plan, modules);
    }

    /// <summary>Loads a component written in the WebAssembly text format (see <see cref="Load"/>).</summary>
    /// <exception cref="WitRuntimeException">The text does not parse, or <see cref="Load"/> refuses the component.</exception>
    public static DirectComponent FromWat(WasmEngine engine, string wat, string name = "the component")
    {
        return WatText.ToBinary(wat, wasm => Load(engine, wasm.ToArray(), name));
    }
}
