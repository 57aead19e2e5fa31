namespace WitBindgen.CodeGen;

/// <summary>
/// A WIT interface whose C# types exist already, in an assembly the generated code can reference: the
/// generator refers to them instead of declaring them again (as wasmtime's <c>bindgen!</c> does with
/// <c>with</c>). Also what a run reports of the interfaces whose types it declared, so another project can
/// reuse them.
/// </summary>
/// <param name="WitName">The interface's qualified WIT name, such as <c>wasi:io/streams@0.2.0</c>.</param>
/// <param name="Namespace">The C# namespace its types are declared in, such as <c>Wasi.Io.Streams</c>.</param>
public sealed record ReusedInterface(string WitName, string Namespace);
