using System.Globalization;
using System.Text;
using WitBindgen.CodeGen;
using WitBindgen.CodeGen.Context;
using WitBindgen.CodeGen.Context.Marshal;
using WitBindgen.CodeGen.Emit.Abi;
using WitBindgen.CodeGen.Emit.Guest;
using WitBindgen.Wit.Abi;
using WitBindgen.Wit.Diagnostics;
using WitBindgen.Wit.Model;
using WitBindgen.Wit.Syntax;

namespace WitBindgen.Guest.Tests.Differential;

/// <summary>
/// Writes the C# <see cref="IGuestDriver"/> compiled together with the generated bindings: for each type a random
/// value generator (edge values favoured, NaNs and every bit pattern of floats included) and a renderer
/// following <see cref="ValueText"/>, and the dispatch to the bindings' Store/Load/Lower/Lift methods.
/// </summary>
internal sealed class DriverWriter
{
    private readonly MarshalTypeBuilder _types;
    private readonly string _abi;
    private readonly StringBuilder _methods = new();
    private readonly HashSet<string> _written = new();
    private readonly Queue<MarshalType> _pending = new();

    public DriverWriter(WitModel model, CodeGenOptions options)
    {
        var context = CodeGenContext.Create(model, options, new DiagnosticBag())!;
        _types = new MarshalTypeBuilder(context);
        _abi = context.WorldContainer.QualifiedNamespace + "." + GuestEmitter.AbiClassName;
    }

    public string Write(IReadOnlyList<Function> exports)
    {
        var text = new StringBuilder();
        text.AppendLine("#nullable enable");
        text.AppendLine("#pragma warning disable CS1591 // test code");
        text.AppendLine("using System;");
        text.AppendLine("using System.Linq;");
        text.AppendLine($"using Abi = {_abi};");
        text.AppendLine("public sealed unsafe class Driver : global::WitBindgen.Guest.Tests.Differential.IGuestDriver");
        text.AppendLine("{");
        text.AppendLine(Runtime);
        var store = new StringBuilder();
        var load = new StringBuilder();
        var lower = new StringBuilder();
        var lift = new StringBuilder();
        for (var n = 0; n < exports.Count; n++)
        {
            var element = _types.Build(exports[n].Params[0].Type);
            var list = _types.Build(exports[n].Result!.Value);
            var key = Enqueue(element);
            var listKey = list.Key;
            store.AppendLine($"        case {n}: return StoreList(s, pair, seed, count, Random{key}, Show{key}, Abi.Store{listKey});");
            load.AppendLine($"        case {n}: return Abi.Load{listKey}(s, pair).Select(Show{key}).ToArray();");
            if (element.Layout.Flat.Count <= CanonicalAbi.MaxFlatParams)
            {
                lower.AppendLine($"        case {n}: return LowerAll(s, seed, count, {element.Layout.Flat.Count}, Random{key}, Abi.Lower{key});");
                lift.AppendLine($"        case {n}: {{ var i = 0; return Show{key}(Abi.Lift{key}(s, flat, ref i)); }}");
            }
        }

        text.AppendLine(Dispatch("string[] StoreRandomList(int type, int seed, int count, uint pair)", store));
        text.AppendLine(Dispatch("string[] LoadList(int type, uint pair)", load));
        text.AppendLine(Dispatch("ulong[][] LowerRandom(int type, int seed, int count)", lower));
        text.AppendLine(Dispatch("string LiftFlat(int type, ulong[] flat)", lift));
        while (_pending.Count > 0)
        {
            WriteType(_pending.Dequeue());
        }

        text.Append(_methods);
        text.AppendLine("}");
        return text.ToString();
    }

    private static string Dispatch(string signature, StringBuilder cases) =>
        $"    public {signature}\n    {{\n        var s = new Abi.Scope(Abi.Memory.Current);\n        switch (type)\n        {{\n{cases}        default: throw new NotSupportedException(type.ToString());\n        }}\n    }}\n";

    private string Enqueue(MarshalType t)
    {
        if (t.HasHelpers && _written.Add(t.Key))
        {
            _pending.Enqueue(t);
        }

        return t.Key;
    }

    private void WriteType(MarshalType t)
    {
        var type = t.CSharpType;
        var (random, show) = t switch
        {
            RecordMarshal r => Record(r, type),
            TupleMarshal tuple => Tuple(tuple, type),
            VariantMarshal v => Variant(v, type),
            EnumMarshal e => ($"({type})r.Next({e.Cases.Count})", $"new[] {{ {string.Join(", ", e.Cases.Select(c => Quote(c.WitName)))} }}[(int)v]"),
            FlagsMarshal f => Flags(f, type),
            OptionMarshal o => Option(o, type),
            ResultMarshal res => Result(res, type),
            ListMarshal l => ($"Arr(r, Random{Enqueue(l.Element)})", $"\"[\" + string.Join(\",\", v.Select(Show{Enqueue(l.Element)})) + \"]\""),
            _ => throw new NotSupportedException(t.GetType().Name),
        };
        _methods.AppendLine($"    private static {type} Random{t.Key}(Random r) => {random};");
        _methods.AppendLine($"    private static string Show{t.Key}({type} v) => {show};");
    }

    private (string, string) Record(RecordMarshal record, string type)
    {
        var keys = record.Fields.Select(f => Enqueue(f.Type)).ToList();
        return ($"new {type}({string.Join(", ", keys.Select(k => $"Random{k}(r)"))})",
            "\"{\" + " + string.Join(" + \",\" + ", keys.Select((k, i) => $"Show{k}(v.{record.Fields[i].Member})")) + " + \"}\"");
    }

    private (string, string) Tuple(TupleMarshal tuple, string type)
    {
        var keys = tuple.Items.Select(e => Enqueue(e.Type)).ToList();
        var items = keys.Select(k => $"Random{k}(r)").ToList();
        return (TupleText.Construct(type, items),
            "\"(\" + " + string.Join(" + \",\" + ", keys.Select((k, i) => $"Show{k}(v.Item{i + 1})")) + " + \")\"");
    }

    private (string, string) Variant(VariantMarshal variant, string type)
    {
        var random = new StringBuilder("r.Next(" + variant.Cases.Count.ToString(CultureInfo.InvariantCulture) + ") switch { ");
        var show = new StringBuilder("v switch { ");
        for (var i = 0; i < variant.Cases.Count; i++)
        {
            var c = variant.Cases[i];
            if (c.Payload is { } payload)
            {
                var k = Enqueue(payload);
                random.Append(CultureInfo.InvariantCulture, $"{i} => new {type}.{c.Member}(Random{k}(r)), ");
                show.Append(CultureInfo.InvariantCulture, $"{type}.{c.Member} c => {Quote(c.WitName + "(")} + Show{k}(c.Value) + \")\", ");
            }
            else
            {
                random.Append(CultureInfo.InvariantCulture, $"{i} => new {type}.{c.Member}(), ");
                show.Append(CultureInfo.InvariantCulture, $"{type}.{c.Member} => {Quote(c.WitName)}, ");
            }
        }

        random.Append("_ => throw new InvalidOperationException() }");
        show.Append("_ => throw new InvalidOperationException() }");
        return ($"({type})({random})", show.ToString());
    }

    private static (string, string) Flags(FlagsMarshal flags, string type)
    {
        var names = string.Join(", ", flags.Flags.Select(f => Quote(f.WitName)));
        var mask = flags.Flags.Count >= 64 ? ulong.MaxValue : (1UL << flags.Flags.Count) - 1;
        return ($"({type})(U64(r) & {mask.ToString(CultureInfo.InvariantCulture)}UL)",
            $"\"{{\" + string.Join(\",\", new[] {{ {names} }}.Where((n, k) => ((ulong)v & (1UL << k)) != 0)) + \"}}\"");
    }

    private (string, string) Option(OptionMarshal option, string type)
    {
        var k = Enqueue(option.Payload);
        return option.IsOptionStruct
            ? ($"r.Next(2) == 0 ? default({type}) : global::WitBindgen.Option.Some(Random{k}(r))",
                $"v.HasValue ? \"some(\" + Show{k}(v.Value) + \")\" : \"none\"")
            : ($"r.Next(2) == 0 ? default({type}) : Random{k}(r)",
                $"v is {{ }} x ? \"some(\" + Show{k}(x) + \")\" : \"none\"");
    }

    private (string, string) Result(ResultMarshal result, string type)
    {
        string Side(MarshalType? side, string verb) => side is { } s ? $"{verb}{Enqueue(s)}" : string.Empty;
        var okRandom = result.Ok is null ? "default" : Side(result.Ok, "Random") + "(r)";
        var errRandom = result.Err is null ? "default" : Side(result.Err, "Random") + "(r)";
        var okShow = result.Ok is null ? "\"ok\"" : $"\"ok(\" + {Side(result.Ok, "Show")}(v.Value) + \")\"";
        var errShow = result.Err is null ? "\"err\"" : $"\"err(\" + {Side(result.Err, "Show")}(v.Error) + \")\"";
        return ($"r.Next(2) == 0 ? {type}.Ok({okRandom}) : {type}.Err({errRandom})", $"v.IsOk ? {okShow} : {errShow}");
    }

    private static string Quote(string text) => "\"" + text + "\"";

    private const string Runtime = """
            private static Abi.Memory? s_memory;

            public void UseMemory(IntPtr @base, uint size, Func<uint, uint, uint, uint, uint> realloc) =>
                Abi.Memory.Current = s_memory = new Abi.Memory((byte*)@base, size, realloc);

            private static string[] StoreList<T>(Abi.Scope s, uint pair, int seed, int count, Func<Random, T> random, Func<T, string> show, Action<Abi.Scope, uint, T[]> store)
            {
                var r = new Random(seed);
                var values = Enumerable.Range(0, count).Select(_ => random(r)).ToArray();
                store(s, pair, values);
                return values.Select(show).ToArray();
            }

            private delegate void Lowering<T>(Abi.Scope s, T v, ulong[] f, ref int i);

            private static ulong[][] LowerAll<T>(Abi.Scope s, int seed, int count, int slots, Func<Random, T> random, Lowering<T> lower)
            {
                var r = new Random(seed);
                var result = new ulong[count][];
                for (var n = 0; n < count; n++)
                {
                    var f = new ulong[slots];
                    var i = 0;
                    lower(s, random(r), f, ref i);
                    if (i != slots) throw new InvalidOperationException($"lowered {i} slots, expected {slots}");
                    result[n] = f;
                }

                return result;
            }

            private static int s_depth;

            private static T[] Arr<T>(Random r, Func<Random, T> element)
            {
                var length = s_depth > 2 ? 0 : r.Next(5);
                s_depth++;
                try
                {
                    return Enumerable.Range(0, length).Select(_ => element(r)).ToArray();
                }
                finally
                {
                    s_depth--;
                }
            }

            private static readonly ulong[] Edges = { 0, 1, 0x7F, 0x80, 0xFF, 0x7FFF, 0x8000, 0xFFFF, 0x7FFFFFFF, 0x80000000, 0xFFFFFFFF, 0x7FFFFFFFFFFFFFFF, 0x8000000000000000, ulong.MaxValue };

            private static ulong U64(Random r) => r.Next(4) == 0 ? Edges[r.Next(Edges.Length)] : (ulong)r.NextInt64() ^ ((ulong)r.Next(2) << 63);

            private static bool RandomBool(Random r) => r.Next(2) == 1;
            private static byte RandomU8(Random r) => unchecked((byte)U64(r));
            private static sbyte RandomS8(Random r) => unchecked((sbyte)U64(r));
            private static ushort RandomU16(Random r) => unchecked((ushort)U64(r));
            private static short RandomS16(Random r) => unchecked((short)U64(r));
            private static uint RandomU32(Random r) => unchecked((uint)U64(r));
            private static int RandomS32(Random r) => unchecked((int)U64(r));
            private static ulong RandomU64(Random r) => U64(r);
            private static long RandomS64(Random r) => unchecked((long)U64(r));
            private static float RandomF32(Random r) => BitConverter.Int32BitsToSingle(unchecked((int)U64(r)));
            private static double RandomF64(Random r) => BitConverter.Int64BitsToDouble(unchecked((long)U64(r)));
            private static System.Text.Rune RandomChar(Random r)
            {
                var kind = r.Next(4);
                var value = kind switch { 0 => r.Next(0x20, 0x7F), 1 => r.Next(0x80, 0xD800), 2 => r.Next(0xE000, 0x10000), _ => r.Next(0x10000, 0x110000) };
                return new System.Text.Rune(value);
            }

            private static string RandomString(Random r) => string.Concat(Enumerable.Range(0, r.Next(9)).Select(_ => RandomChar(r).ToString()));
            private static byte[] RandomBytes(Random r) => Arr(r, RandomU8);

            private static string ShowBool(bool v) => v ? "true" : "false";
            private static string ShowU8(byte v) => v.ToString(System.Globalization.CultureInfo.InvariantCulture);
            private static string ShowS8(sbyte v) => v.ToString(System.Globalization.CultureInfo.InvariantCulture);
            private static string ShowU16(ushort v) => v.ToString(System.Globalization.CultureInfo.InvariantCulture);
            private static string ShowS16(short v) => v.ToString(System.Globalization.CultureInfo.InvariantCulture);
            private static string ShowU32(uint v) => v.ToString(System.Globalization.CultureInfo.InvariantCulture);
            private static string ShowS32(int v) => v.ToString(System.Globalization.CultureInfo.InvariantCulture);
            private static string ShowU64(ulong v) => v.ToString(System.Globalization.CultureInfo.InvariantCulture);
            private static string ShowS64(long v) => v.ToString(System.Globalization.CultureInfo.InvariantCulture);
            private static string ShowF32(float v) => float.IsNaN(v) ? "nan" : v.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
            private static string ShowF64(double v) => double.IsNaN(v) ? "nan" : v.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
            private static string ShowChar(System.Text.Rune v) => "'" + v.Value.ToString("X", System.Globalization.CultureInfo.InvariantCulture) + "'";
            private static string ShowString(string v) => "\"" + v + "\"";
            private static string ShowBytes(byte[] v) => "[" + string.Join(",", v.Select(ShowU8)) + "]";

        """;
}
