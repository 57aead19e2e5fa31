using WitBindgen.CodeGen.Context.Marshal;
using static WitBindgen.CodeGen.Emit.Abi.AbiText;
using static WitBindgen.CodeGen.Emit.Abi.AbiHelperNames;

namespace WitBindgen.CodeGen.Emit.Abi;

/// <summary>
/// Writes <c>LowerX(Scope s, T v, ulong[] f, ref int i)</c> and <c>LiftX(Scope s, ulong[] f, ref int i)</c> for one
/// planned type: the Canonical ABI's <c>lower_flat</c> and <c>lift_flat</c>. Each slot of <c>f</c> holds the bits of
/// one core value (an <c>i32</c> or <c>f32</c> zero-extended), so the <c>join</c> of variant payloads needs no
/// conversion: a case writes its own values from the payload's first slot and the unused slots stay zero.
/// </summary>
/// <remarks>
/// Like <see cref="MemoryHelperWriter"/>, the code is the same on both sides of the boundary; the <see cref="AbiHelperSide"/>
/// names the scope and flat buffer types (arrays in the guest, spans over the stack in the host).
/// </remarks>
internal sealed class FlatHelperWriter
{
    private readonly IndentedWriter _w;
    private readonly AbiHelperSide _side;

    /// <param name="writer">The writer.</param>
    /// <param name="side">The side of the boundary the helpers are written for.</param>
    public FlatHelperWriter(IndentedWriter writer, AbiHelperSide side)
    {
        _w = writer;
        _side = side;
    }

    public void Write(MarshalType t)
    {
        _w.OpenBlock($"internal static void {Lower(t)}({_side.Scope} s, {t.CSharpType} v, {_side.LowerFlat} f, ref int i)");
        WriteLower(t);
        _w.CloseBlock();
        _w.Line();
        _w.OpenBlock($"internal static {t.CSharpType} {Lift(t)}({_side.Scope} s, {_side.LiftFlat} f, ref int i)");
        WriteLift(t);
        _w.CloseBlock();
        _w.Line();
    }

    private void WriteLower(MarshalType t)
    {
        switch (t)
        {
            case HandleMarshal handle:
                _w.Line($"f[i++] = unchecked((uint){_side.Handles(handle).Lower("v")});");
                break;
            case RecordMarshal record:
                RefusingWriter.WriteNullCheck(_w, _side, "record " + record.WitName);
                foreach (var field in record.Fields)
                {
                    _w.Line($"{Lower(field.Type)}(s, v.{field.Member}, f, ref i);");
                }

                break;
            case TupleMarshal tuple:
                foreach (var item in tuple.Items)
                {
                    _w.Line($"{Lower(item.Type)}(s, v.{item.Member}, f, ref i);");
                }

                break;
            case VariantMarshal variant:
                WriteVariantLower(variant);
                break;
            case EnumMarshal @enum:
                RefusingWriter.WriteEnumCheck(_w, _side, @enum);
                _w.Line("f[i++] = (uint)v;");
                break;
            case FlagsMarshal flags:
                RefusingWriter.WriteFlagsCheck(_w, _side, flags);
                switch (flags.Width)
                {
                    case FlagsWidth.None:
                        break;
                    case FlagsWidth.TwoWords:
                        _w.Line("f[i++] = (uint)(ulong)v;");
                        _w.Line("f[i++] = (ulong)v >> 32;");
                        break;
                    default:
                        _w.Line("f[i++] = (uint)v;");
                        break;
                }

                break;
            case OptionMarshal option:
                _w.Line($"var end = i + {I(1 + t.PayloadSlots)};");
                _w.OpenBlock(option.IsOptionStruct ? "if (v.HasValue)" : "if (v is { } x)");
                _w.Line("f[i++] = 1;");
                _w.Line($"{Lower(option.Payload)}(s, {(option.IsOptionStruct ? "v.Value" : "x")}, f, ref i);");
                _w.CloseBlock();
                _w.Line("i = end;");
                break;
            case ResultMarshal result:
                _w.Line($"var end = i + {I(1 + t.PayloadSlots)};");
                _w.OpenBlock("if (v.IsOk)");
                _w.Line("f[i++] = 0;");
                if (result.Ok is { } ok)
                {
                    _w.Line($"{Lower(ok)}(s, v.Value, f, ref i);");
                }

                _w.CloseBlock();
                _w.OpenBlock("else");
                _w.Line("f[i++] = 1;");
                if (result.Err is { } err)
                {
                    _w.Line($"{Lower(err)}(s, v.Error, f, ref i);");
                }

                _w.CloseBlock();
                _w.Line("i = end;");
                break;
            case ListMarshal or MapMarshal:
                _w.Line($"var (data, length) = {AbiHelperNames.Write(t)}(s, v);");
                _w.Line("f[i++] = data;");
                _w.Line("f[i++] = length;");
                break;
            case FixedListMarshal fixedList:
                RefusingWriter.WriteLengthCheck(_w, _side, fixedList.Length);
                _w.OpenBlock("foreach (var e in v)");
                _w.Line($"{Lower(fixedList.Element)}(s, e, f, ref i);");
                _w.CloseBlock();
                break;
            default:
                throw new InvalidOperationException($"no flat helpers for {t.GetType().Name}");
        }
    }

    private void WriteLift(MarshalType t)
    {
        var type = t.CSharpType;
        switch (t)
        {
            case HandleMarshal handle:
                _w.Line($"return {_side.Handles(handle).Lift("unchecked((int)f[i++])")};");
                break;
            case RecordMarshal record:
                var args = record.Fields.Select(f => $"{Lift(f.Type)}(s, f, ref i)");
                _w.Line($"return new {type}({string.Join(", ", args)});");
                break;
            case TupleMarshal tuple:
                var items = tuple.Items.Select(e => $"{Lift(e.Type)}(s, f, ref i)").ToList();
                _w.Line($"return {TupleText.Construct(type, items)};");
                break;
            case VariantMarshal variant:
                WriteVariantLift(variant);
                break;
            case EnumMarshal @enum:
                _w.Line("var d = (uint)f[i++];");
                _w.Line($"return d < {U((uint)@enum.Cases.Count)} ? ({type})d : throw InvalidDiscriminant({Literal(@enum.WitName)}, d);");
                break;
            case FlagsMarshal flags:
                WriteFlagsLift(flags);
                break;
            case OptionMarshal option:
                var payload = $"{Lift(option.Payload)}(s, f, ref i)";
                _w.Line($"var end = i + {I(1 + t.PayloadSlots)};");
                _w.Line("var d = (uint)f[i++];");
                _w.Line($"{type} r = default;");
                _w.OpenBlock("if (d == 1)");
                _w.Line(option.IsOptionStruct ? $"r = global::WitBindgen.Option.Some({payload});" : $"r = {payload};");
                _w.CloseBlock();
                _w.OpenBlock("else if (d != 0)");
                _w.Line("throw InvalidDiscriminant(\"option\", d);");
                _w.CloseBlock();
                _w.Line("i = end;");
                _w.Line("return r;");
                break;
            case ResultMarshal result:
                string Side(MarshalType? side) => side is { } x ? $"{Lift(x)}(s, f, ref i)" : "default";
                _w.Line($"var end = i + {I(1 + t.PayloadSlots)};");
                _w.Line("var d = (uint)f[i++];");
                _w.Line($"var r = d switch");
                _w.Line("{");
                _w.Line($"    0 => {type}.Ok({Side(result.Ok)}),");
                _w.Line($"    1 => {type}.Err({Side(result.Err)}),");
                _w.Line("    _ => throw InvalidDiscriminant(\"result\", d),");
                _w.Line("};");
                _w.Line("i = end;");
                _w.Line("return r;");
                break;
            case ListMarshal or MapMarshal:
                _w.Line("var data = (uint)f[i++];");
                _w.Line($"return {Read(t)}(s, data, (uint)f[i++]);");
                break;
            case FixedListMarshal fixedList:
                _w.Line($"var r = NewArray<{fixedList.Element.CSharpType}>({U(fixedList.Length)});");
                _w.OpenBlock("for (var k = 0; k < r.Length; k++)");
                _w.Line($"r[k] = {Lift(fixedList.Element)}(s, f, ref i);");
                _w.CloseBlock();
                _w.Line("return r;");
                break;
            default:
                throw new InvalidOperationException($"no flat helpers for {t.GetType().Name}");
        }
    }

    private void WriteFlagsLift(FlagsMarshal flags)
    {
        var (type, mask) = (flags.CSharpType, flags.Mask);
        switch (flags.Width)
        {
            case FlagsWidth.None:
                _w.Line("return default;");
                break;
            case FlagsWidth.TwoWords:
                _w.Line("var low = (uint)f[i++];");
                _w.Line($"return ({type})((low | ((ulong)(uint)f[i++] << 32)) & {mask});");
                break;
            case FlagsWidth.U8:
                _w.Line($"return ({type})(byte)((uint)f[i++] & {mask});");
                break;
            case FlagsWidth.U16:
                _w.Line($"return ({type})(ushort)((uint)f[i++] & {mask});");
                break;
            default:
                _w.Line($"return ({type})((uint)f[i++] & {mask});");
                break;
        }
    }

    private void WriteVariantLower(VariantMarshal variant)
    {
        _w.Line($"var end = i + {I(1 + variant.PayloadSlots)};");
        _w.OpenBlock("switch (v)");
        for (var k = 0; k < variant.Cases.Count; k++)
        {
            var c = variant.Cases[k];
            _w.Line(c.Payload is null ? $"case {variant.CSharpType}.{c.Member}:" : $"case {variant.CSharpType}.{c.Member} c:");
            _w.Indent();
            _w.Line($"f[i++] = {U((uint)k)};");
            if (c.Payload is { } p)
            {
                _w.Line($"{Lower(p)}(s, c.Value, f, ref i);");
            }

            _w.Line("break;");
            _w.Outdent();
        }

        RefusingWriter.WriteVariantDefault(_w, _side, variant);
        _w.CloseBlock();
        _w.Line("i = end;");
    }

    private void WriteVariantLift(VariantMarshal variant)
    {
        _w.Line($"var end = i + {I(1 + variant.PayloadSlots)};");
        _w.Line("var d = (uint)f[i++];");
        _w.Line($"{variant.CSharpType} r;");
        _w.OpenBlock("switch (d)");
        for (var k = 0; k < variant.Cases.Count; k++)
        {
            var c = variant.Cases[k];
            var payload = c.Payload is { } p ? $"{Lift(p)}(s, f, ref i)" : string.Empty;
            _w.Line($"case {I(k)}: r = new {variant.CSharpType}.{c.Member}({payload}); break;");
        }

        _w.Line($"default: throw InvalidDiscriminant({Literal(variant.WitName)}, d);");
        _w.CloseBlock();
        _w.Line("i = end;");
        _w.Line("return r;");
    }
}
