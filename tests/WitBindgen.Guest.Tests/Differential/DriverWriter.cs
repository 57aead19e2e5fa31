using System.Globalization;
using System.Text;
using WitBindgen.CodeGen;
using WitBindgen.CodeGen.Context;
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
    private readonly WitModel _model;
    private readonly AbiMethodPlan _plan;
    private readonly string _abi;
    private readonly StringBuilder _methods = new();
    private readonly HashSet<string> _written = new();
    private readonly Queue<AbiTypeRef> _pending = new();

    public DriverWriter(WitModel model, CodeGenOptions options)
    {
        _model = model;
        var context = CodeGenContext.Create(model, options, new DiagnosticBag())!;
        _plan = new AbiMethodPlan(context);
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
            var element = _plan.Ref(exports[n].Params[0].Type);
            var list = _plan.Ref(exports[n].Result!.Value);
            var key = Enqueue(element);
            var listKey = _plan.Key(list);
            store.AppendLine($"        case {n}: return StoreList(s, pair, seed, count, Random{key}, Show{key}, Abi.Store{listKey});");
            load.AppendLine($"        case {n}: return Abi.Load{listKey}(s, pair).Select(Show{key}).ToArray();");
            if (CanonicalAbi.LayoutOf(_model, element.Type).Flat.Count <= CanonicalAbi.MaxFlatParams)
            {
                lower.AppendLine($"        case {n}: return LowerAll(s, seed, count, {Slots(element)}, Random{key}, Abi.Lower{key});");
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

    private int Slots(AbiTypeRef t) => CanonicalAbi.LayoutOf(_model, t.Type).Flat.Count;

    private string Enqueue(AbiTypeRef t)
    {
        var key = _plan.Key(t);
        if (!t.Type.IsPrimitive && key != "Bytes" && _written.Add(key))
        {
            _pending.Enqueue(t);
        }

        return key;
    }

    private void WriteType(AbiTypeRef t)
    {
        var key = _plan.Key(t);
        var type = _plan.CSharpType(t);
        var def = _model[t.Type.Id];
        var (random, show) = def.Kind switch
        {
            RecordKind r => Record(r, t, type),
            TupleKind tuple => Tuple(tuple, type),
            VariantKind v => Variant(v, t, type),
            EnumKind e => ($"({type})r.Next({e.Cases.Count})", $"new[] {{ {string.Join(", ", e.Cases.Select(c => Quote(c.Name)))} }}[(int)v]"),
            FlagsKind f => Flags(f, type),
            OptionKind o => Option(o, t, type),
            ResultKind res => Result(res, type),
            ListKind l => ($"Arr(r, Random{Enqueue(_plan.Ref(l.Element))})", $"\"[\" + string.Join(\",\", v.Select(Show{Enqueue(_plan.Ref(l.Element))})) + \"]\""),
            _ => throw new NotSupportedException(def.Kind.GetType().Name),
        };
        _methods.AppendLine($"    private static {type} Random{key}(Random r) => {random};");
        _methods.AppendLine($"    private static string Show{key}({type} v) => {show};");
    }

    private (string, string) Record(RecordKind record, AbiTypeRef t, string type)
    {
        var names = _plan.Context.Members.Of(t.Type.Id);
        var keys = record.Fields.Select(f => Enqueue(_plan.Ref(f.Type))).ToList();
        return ($"new {type}({string.Join(", ", keys.Select(k => $"Random{k}(r)"))})",
            "\"{\" + " + string.Join(" + \",\" + ", keys.Select((k, i) => $"Show{k}(v.{names[i]})")) + " + \"}\"");
    }

    private (string, string) Tuple(TupleKind tuple, string type)
    {
        var keys = tuple.Types.Select(e => Enqueue(_plan.Ref(e))).ToList();
        var items = keys.Select(k => $"Random{k}(r)").ToList();
        return (TupleText.Construct(type, items),
            "\"(\" + " + string.Join(" + \",\" + ", keys.Select((k, i) => $"Show{k}(v.Item{i + 1})")) + " + \")\"");
    }

    private (string, string) Variant(VariantKind variant, AbiTypeRef t, string type)
    {
        var names = _plan.Context.Members.Of(t.Type.Id);
        var random = new StringBuilder("r.Next(" + variant.Cases.Count.ToString(CultureInfo.InvariantCulture) + ") switch { ");
        var show = new StringBuilder("v switch { ");
        for (var i = 0; i < variant.Cases.Count; i++)
        {
            var c = variant.Cases[i];
            if (c.Type is { } payload)
            {
                var k = Enqueue(_plan.Ref(payload));
                random.Append(CultureInfo.InvariantCulture, $"{i} => new {type}.{names[i]}(Random{k}(r)), ");
                show.Append(CultureInfo.InvariantCulture, $"{type}.{names[i]} c => {Quote(c.Name + "(")} + Show{k}(c.Value) + \")\", ");
            }
            else
            {
                random.Append(CultureInfo.InvariantCulture, $"{i} => new {type}.{names[i]}(), ");
                show.Append(CultureInfo.InvariantCulture, $"{type}.{names[i]} => {Quote(c.Name)}, ");
            }
        }

        random.Append("_ => throw new InvalidOperationException() }");
        show.Append("_ => throw new InvalidOperationException() }");
        return ($"({type})({random})", show.ToString());
    }

    private static (string, string) Flags(FlagsKind flags, string type)
    {
        var names = string.Join(", ", flags.Flags.Select(f => Quote(f.Name)));
        var mask = flags.Flags.Count >= 64 ? ulong.MaxValue : (1UL << flags.Flags.Count) - 1;
        return ($"({type})(U64(r) & {mask.ToString(CultureInfo.InvariantCulture)}UL)",
            $"\"{{\" + string.Join(\",\", new[] {{ {names} }}.Where((n, k) => ((ulong)v & (1UL << k)) != 0)) + \"}}\"");
    }

    private (string, string) Option(OptionKind option, AbiTypeRef t, string type)
    {
        var k = Enqueue(_plan.OptionPayload(option.Element));
        return t.OptionStruct
            ? ($"r.Next(2) == 0 ? default({type}) : global::WitBindgen.Option.Some(Random{k}(r))",
                $"v.HasValue ? \"some(\" + Show{k}(v.Value) + \")\" : \"none\"")
            : ($"r.Next(2) == 0 ? default({type}) : Random{k}(r)",
                $"v is {{ }} x ? \"some(\" + Show{k}(x) + \")\" : \"none\"");
    }

    private (string, string) Result(ResultKind result, string type)
    {
        string Side(WitType? side, string verb) => side is { } s ? $"{verb}{Enqueue(_plan.Ref(s))}" : string.Empty;
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
