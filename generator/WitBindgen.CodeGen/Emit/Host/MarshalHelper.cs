namespace WitBindgen.CodeGen.Emit.Host;

/// <summary>A lowering or lifting method of a declared type in the marshal class.</summary>
/// <param name="Name">The method's name.</param>
/// <param name="Lift">Whether it lifts (else it lowers).</param>
/// <param name="TypeName">The type's qualified C# name.</param>
/// <param name="Body">The code of its body, whose parameters are <c>value</c> (and <c>where</c> when lowering).</param>
internal sealed record MarshalHelper(string Name, bool Lift, string TypeName, HostValueCode Body);
