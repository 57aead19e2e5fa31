using System.Globalization;
using System.Runtime.CompilerServices;
using Wasmtime.Components;
using WitBindgen.CodeGen;
using WitBindgen.Guest.Tests.Infrastructure;
using WitBindgen.Wit.Abi;
using WitBindgen.Wit.Model;

namespace WitBindgen.Guest.Tests.Differential;

/// <summary>
/// A generated export entry point called the way a host calls it, against Wasmtime: a function with 17
/// parameters (23 flat values, so they spill to memory) whose result flattens to 5 values (returned through
/// memory). Wasmtime lowers random arguments into the component's memory; the memory is mirrored and the
/// <c>[UnmanagedCallersOnly]</c> entry point is called with the parameter pointer; the implementation must
/// receive the same values. Its result is copied back and lifted by Wasmtime, and <c>cabi_post_</c> frees it.
/// </summary>
public sealed class ExportCallTests : IDisposable
{
    private const int Calls = 400;

    // a10: option<u32> arrives as a uint? (boxed as a uint or null).
    private const int OptionParam = 10;

    private const string Wit = """
        package test:calls;
        world calls {
          export many: func(a0: u8, a1: s16, a2: u32, a3: u64, a4: f32, a5: f64, a6: string, a7: list<u8>, a8: bool,
            a9: char, a10: option<u32>, a11: s8, a12: u16, a13: s64, a14: tuple<u8, u32>, a15: result<string, u8>, a16: u32)
            -> tuple<string, u64, list<string>>;
        }
        """;

    private const string Implementation = """
        #nullable enable
        #pragma warning disable CS1591
        public sealed class Impl : global::Test.Calls.CallsWorld.ICallsWorld
        {
            public static object?[] Received = System.Array.Empty<object?>();

            public (string, ulong, string[]) Many(byte a0, short a1, uint a2, ulong a3, float a4, double a5, string a6, byte[] a7, bool a8,
                System.Text.Rune a9, uint? a10, sbyte a11, ushort a12, long a13, (byte, uint) a14, global::WitBindgen.Result<string, byte> a15, uint a16)
            {
                Received = new object?[] { a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16 };
                return (a6 + "!", a3 ^ 1, new[] { a6, "x" });
            }
        }

        public sealed unsafe class CallDriver : global::WitBindgen.Guest.Tests.Differential.ICallDriver
        {
            public CallDriver() => global::Test.Calls.CallsWorld.CallsWorldExports.Implementation = new Impl();
            public void UseMemory(System.IntPtr @base, uint size, System.Func<uint, uint, uint, uint, uint> realloc) =>
                global::Test.Calls.CallsWorld.CanonicalAbi.Memory.Current = new((byte*)@base, size, realloc);
            public int Call(int args) => ((delegate* unmanaged<int, int>)&global::Test.Calls.CallsWorld.CallsWorldExports.ManyExport)(args);
            public void PostReturn(int result) => ((delegate* unmanaged<int, void>)&global::Test.Calls.CallsWorld.CallsWorldExports.ManyPostReturn)(result);
            public object?[] Received => Impl.Received;
        }
        """;

    private readonly WitModel _model = WitText.Resolve("calls.wit", Wit);
    private readonly MirroredComponent _component;
    private readonly ICallDriver _driver;
    private readonly Function _many;

    public ExportCallTests()
    {
        _many = ((WorldFunctionItem)_model.Worlds.Single().Exports.Single().Item).Function;
        var generated = CSharpGenerator.Generate(_model, new CodeGenOptions(null, BindingMode.Guest, null, false));
        var assembly = RoslynCompiler.Load(generated.Files.Select(f => (f.HintName, f.Text)).Append(("Impl.cs", Implementation)), typeof(ICallDriver).Assembly);
        _driver = (ICallDriver)Activator.CreateInstance(assembly.GetType("CallDriver")!)!;
        _component = new MirroredComponent(Wat());
        _driver.UseMemory(_component.MirrorAddress, ComponentWriter.MemorySize, _component.Realloc);
    }

    [Fact]
    public void Spilled_parameters_and_results_cross_the_boundary_unchanged()
    {
        var signature = CanonicalAbi.FlattenFunction(_model, _many, AbiDirection.Lift);
        signature.ParamsInMemory.ShouldBeTrue();
        signature.ResultsInMemory.ShouldBeTrue();
        var random = new Random(17);
        for (var call = 0; call < Calls; call++)
        {
            var args = _many.Params.Select(p => RandomValues.Create(_model, p.Type, random)).ToArray();
            var expected = _many.Params.Select((p, k) => ValueText.Render(_model, p.Type, args[k])).ToList();

            // Wasmtime lowers the arguments; the C# entry point lifts them from the mirrored memory.
            _component.Call("reset");
            _component.Call("many", args);
            _component.CopyComponentRegion();
            _component.CopyFromComponent(0, 4);
            var argsPtr = BitConverter.ToInt32(Dump(0, 4));
            _component.ResetGuestAllocator();
            var freesBefore = _component.Frees;
            var resultPtr = _driver.Call(argsPtr);
            _driver.Received.Select((v, k) => k == OptionParam ? FormatOption(v) : Format(v)).ShouldBe(expected, $"call {call}");
            (_component.Frees - freesBefore).ShouldBeGreaterThan(0, "the entry point frees the parameter area it lifted");

            // The C# entry point lowered its result; Wasmtime lifts it from the copied memory.
            _component.CopyToComponent(MirroredComponent.GuestStart, _component.GuestEnd - MirroredComponent.GuestStart);
            var result = _component.Call("ret", ComponentValue.U32((uint)resultPtr))!;
            var a6 = (string)_driver.Received[6]!;
            var a3 = (ulong)_driver.Received[3]!;
            ValueText.Render(_model, _many.Result!.Value, result)
                .ShouldBe($"(\"{a6}!\",{(a3 ^ 1).ToString(CultureInfo.InvariantCulture)},[\"{a6}\",\"x\"])");

            var freesBeforePost = _component.Frees;
            _driver.PostReturn(resultPtr);
            (_component.Frees - freesBeforePost).ShouldBeGreaterThanOrEqualTo(3, "post-return frees the result area, the list and its strings");
        }
    }

    public void Dispose() => _component.Dispose();

    private byte[] Dump(uint offset, uint length) =>
        _component.Call("dump", ComponentValue.U32(offset), ComponentValue.U32(length))!.AsList().Select(v => v.AsU8()).ToArray();

    private string Wat()
    {
        var (typeDefs, names) = ComponentWriter.NamedTypes(_model);
        var parameters = string.Join(" ", _many.Params.Select(p => $"(param \"{p.Name}\" {ComponentWriter.Ref(_model, p.Type, names)})"));
        var result = ComponentWriter.Ref(_model, _many.Result!.Value, names);
        var core = "    (func (export \"many\") (param i32) (result i32) (i32.store (i32.const 0) (local.get 0)) (i32.const 16))";
        var lifts = $"""
              (func $many {parameters} (result {result}) (canon lift (core func $i "many") {ComponentWriter.Options}))
              (export "many" (func $many))
              (func $ret (param "p" u32) (result {result}) (canon lift (core func $i "read") {ComponentWriter.Options}))
              (export "ret" (func $ret))
            """;
        return ComponentWriter.Component(typeDefs, core, lifts);
    }

    private static string FormatOption(object? value) => value is null ? "none" : $"some({Format(value)})";

    // The C# arguments in ValueText's format.
    private static string Format(object? value) => value switch
    {
        null => "none",
        bool b => b ? "true" : "false",
        float f => float.IsNaN(f) ? "nan" : f.ToString("R", CultureInfo.InvariantCulture),
        double d => double.IsNaN(d) ? "nan" : d.ToString("R", CultureInfo.InvariantCulture),
        string s => "\"" + s + "\"",
        byte[] bytes => "[" + string.Join(",", bytes.Select(x => x.ToString(CultureInfo.InvariantCulture))) + "]",
        System.Text.Rune rune => "'" + rune.Value.ToString("X", CultureInfo.InvariantCulture) + "'",
        Result<string, byte> result => result.IsOk ? $"ok({Format(result.Value)})" : $"err({Format(result.Error)})",
        ITuple tuple => "(" + string.Join(",", Enumerable.Range(0, tuple.Length).Select(i => Format(tuple[i]))) + ")",
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => throw new NotSupportedException(value.GetType().Name),
    };
}
