using System.Runtime.InteropServices;
using WitBindgen.CodeGen;
using WitBindgen.Guest.Tests.Differential;
using WitBindgen.Guest.Tests.Infrastructure;
using WitBindgen.Wit.Model;

namespace WitBindgen.Guest.Tests.Layout;

/// <summary>
/// Guest bindings for the types of the Canonical ABI specification's test vectors
/// (WebAssembly/component-model <c>design/mvp/canonical-abi/run_tests.py</c>), compiled with a driver, over a
/// native buffer that plays linear memory.
/// </summary>
public sealed unsafe class SpecVectorFixture : IDisposable
{
    /// <summary>The types, numbered as the tests refer to them.</summary>
    public static readonly string[] Types =
    {
        "r1", "tuple<tuple<u8, u8>, u8>", "flags2", "v1", "u32-or-u64", "f32-or-u64", "f64-or-u64", "only-u8",
        "option<f32>", "result<u8, u32>", "bool", "u8", "s8", "u16", "s16", "u32", "s32", "u64", "s64", "char", "e2",
        "list<bool>", "list<u8>", "list<u16>", "list<u32>", "list<u64>", "list<s8>", "list<s16>", "list<s32>", "list<s64>",
        "list<char>", "list<string>", "list<list<u8>>", "list<list<u16>>",
        "list<tuple<u8, u8, u16, u32>>", "list<tuple<u8, u16, u8, u32>>", "list<tuple<u16, u8>>", "list<tuple<tuple<u16, u8>, u8>>",
        "list<u32-or-u8>", "list<tuple<u8-or-pair, u8>>", "list<flags2>", "list<flags9>", "list<flags17>", "flags33", "list<flags33>",
    };

    private const uint Size = 4096;
    private readonly byte* _memory;

    public SpecVectorFixture()
    {
        var wit = "package spec:vectors;\n" +
            "interface types {\n" +
            "  record r1 { x: u8, y: u16, z: u32 }\n" +
            "  flags flags2 { a, b }\n" +
            "  flags flags9 { " + string.Join(", ", Enumerable.Range(0, 9).Select(i => $"b{i}")) + " }\n" +
            "  flags flags17 { " + string.Join(", ", Enumerable.Range(0, 17).Select(i => $"b{i}")) + " }\n" +
            "  flags flags33 { " + string.Join(", ", Enumerable.Range(0, 33).Select(i => $"b{i}")) + " }\n" +
            "  variant v1 { x(u8), y(f32), z }\n" +
            "  variant u32-or-u64 { a(u32), b(u64) }\n" +
            "  variant f32-or-u64 { a(f32), b(u64) }\n" +
            "  variant f64-or-u64 { a(f64), b(u64) }\n" +
            "  variant only-u8 { a(u8) }\n" +
            "  variant u32-or-u8 { a(u32), b(u8) }\n" +
            "  variant u8-or-pair { a(u8), b(tuple<u16, u8>) }\n" +
            "  enum e2 { a, b }\n" +
            "}\n" +
            "world vectors {\n" +
            "  use types.{r1, flags2, flags9, flags17, flags33, v1, u32-or-u64, f32-or-u64, f64-or-u64, only-u8, u32-or-u8, u8-or-pair, e2};\n" +
            string.Concat(Types.Select((t, i) => $"  export exp{i}: func(v: {t}) -> list<{t}>;\n  import imp{i}: func(v: {t}) -> list<{t}>;\n")) +
            "}\n";
        var model = WitText.Resolve("vectors.wit", wit);
        var exports = model.Worlds.Single().Exports.Select(e => e.Item).OfType<WorldFunctionItem>().Select(f => f.Function).ToList();
        var options = new CodeGenOptions(null, BindingMode.Guest, null, false);
        var generated = CSharpGenerator.Generate(model, options);
        var sources = generated.Files.Select(f => (f.HintName, f.Text)).Append(("Driver.cs", new DriverWriter(model, options).Write(exports)));
        Driver = (IGuestDriver)Activator.CreateInstance(RoslynCompiler.Load(sources, typeof(IGuestDriver).Assembly).GetType("Driver")!)!;
        _memory = (byte*)NativeMemory.AlignedAlloc(Size, 16);
    }

    public IGuestDriver Driver { get; }

    /// <summary>Makes <paramref name="bytes"/> the whole of linear memory.</summary>
    public void UseMemory(byte[] bytes)
    {
        NativeMemory.Clear(_memory, Size);
        bytes.CopyTo(new Span<byte>(_memory, bytes.Length));
        Driver.UseMemory((IntPtr)_memory, (uint)bytes.Length, (_, _, _, _) => throw new InvalidOperationException("lifting does not allocate"));
    }

    /// <summary>The index of a type in <see cref="Types"/>.</summary>
    public static int Index(string type) => Array.IndexOf(Types, type) is var i and >= 0 ? i : throw new ArgumentException(type);

    public void Dispose() => NativeMemory.AlignedFree(_memory);
}
