using static WitBindgen.Testing.WasmBytes;

namespace WitBindgen.Testing;

/// <summary>Small hand-built components whose import and export names use a chosen name form.</summary>
internal static class ExternNameSamples
{
    /// <summary>A name in the given form byte (<c>0x00</c> or <c>0x01</c>): the byte, then the name.</summary>
    public static byte[] Plain(byte form, string name) => Concat(B(form), Name(name));

    /// <summary>
    /// A component importing one instance named by <paramref name="importName"/>, whose type exports one
    /// <c>func()</c> named by <paramref name="functionName"/> (both given with their form byte).
    /// </summary>
    public static byte[] InterfaceImport(byte[] importName, byte[] functionName)
    {
        var instanceType = Concat(
            B(0x42),
            Vec(
                Concat(B(0x01), B(0x40, 0x00, 0x01, 0x00)),
                Concat(B(0x04), functionName, B(0x01), U32(0))));
        return Concat(
            ComponentHeader,
            Section(7, Vec(instanceType)),
            Section(10, Vec(Concat(importName, B(0x05), U32(0)))));
    }
}
