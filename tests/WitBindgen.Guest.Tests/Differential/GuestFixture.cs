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
public sealed class GuestFixture : IDisposable
{
    public GuestFixture()
    {
        Model = WitText.Resolve("differential.wit", TestWorld.Wit);
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
        Component = new MirroredComponent(ComponentWriter.Wat(Model, Types));
        Driver.UseMemory(Component.MirrorAddress, ComponentWriter.MemorySize, Component.Realloc);
    }

    public WitModel Model { get; }

    public IReadOnlyList<WitBindgen.Wit.Model.Function> Exports { get; }

    public IReadOnlyList<WitType> Types { get; }

    public IGuestDriver Driver { get; }

    public MirroredComponent Component { get; }

    public void Dispose() => Component.Dispose();
}
