using WitBindgen.CodeGen.Context;

namespace WitBindgen.CodeGen.Emit.Host;

/// <summary>
/// Host bindings: a .NET application that loads a component with Wasmtime (through <c>WitBindgen.Runtime</c>).
/// Per world: a class to instantiate it and call its exports, a C# interface per imported WIT interface (and one
/// for the world's own imported functions) for the host to implement, a class per exported interface, and an
/// internal marshal class converting values directly between C# and native component values.
/// </summary>
internal sealed class HostEmitter : IModeEmitter
{
    /// <inheritdoc />
    public ModeOutput Emit(CodeGenContext context)
    {
        var plan = HostPlan.Create(context);
        var files = InterfaceFileEmitter.Emit(plan).ToList();
        files.Add(WorldClassEmitter.Emit(plan));

        // Last: the marshal class holds the methods the other files asked for.
        files.Add(MarshalEmitter.Emit(plan));
        if (CanonicalAbiEmitter.Emit(plan) is { } canonical)
        {
            files.Add(canonical);
        }

        return new ModeOutput(files, Array.Empty<GuestExport>());
    }
}
