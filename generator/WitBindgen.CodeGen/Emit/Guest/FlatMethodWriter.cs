using WitBindgen.Wit.Abi;
using WitBindgen.Wit.Model;
using static WitBindgen.CodeGen.Emit.Guest.AbiText;

namespace WitBindgen.CodeGen.Emit.Guest;

/// <summary>
/// Writes <c>LowerX(Scope s, T v, ulong[] f, ref int i)</c> and <c>LiftX(Scope s, ulong[] f, ref int i)</c> for one
/// WIT type: the Canonical ABI's <c>lower_flat</c> and <c>lift_flat</c>. Each slot of <c>f</c> holds the bits of
/// one core value (an <c>i32</c> or <c>f32</c> zero-extended), so the <c>join</c> of variant payloads needs no
/// conversion: a case writes its own values from the payload's first slot and the unused slots stay zero.
/// </summary>
internal sealed class FlatMethodWriter
{
    private readonly IndentedWriter _w;
    private readonly AbiMethodPlan _plan;

    public FlatMethodWriter(IndentedWriter writer, AbiMethodPlan plan)
    {
        _w = writer;
        _plan = plan;
    }

    private WitModel Model => _plan.Context.Model;

    public void Write(AbiTypeRef t)
    {
        var type = _plan.CSharpType(t);
        var def = Model[t.Type.Id];
        _w.OpenBlock($"internal static void {_plan.Lower(t)}(Scope s, {type} v, ulong[] f, ref int i)");
        WriteLower(t, def);
        _w.CloseBlock();
        _w.Line();
        _w.OpenBlock($"internal static {type} {_plan.Lift(t)}(Scope s, ulong[] f, ref int i)");
        WriteLift(t, def, type);
        _w.CloseBlock();
        _w.Line();
    }

    private int PayloadSlots(AbiTypeRef t) => _plan.Layout(t.Type).Flat.Count - 1;

    private void WriteLower(AbiTypeRef t, TypeDef def)
    {
        if (HandleMethods.Of(_plan, t.Type) is { } handle)
        {
            _w.Line($"f[i++] = unchecked((uint){handle.Lower}(v));");
            return;
        }

        switch (def.Kind)
        {
            case RecordKind record:
                var names = _plan.Context.Members.Of(t.Type.Id);
                for (var k = 0; k < record.Fields.Count; k++)
                {
                    _w.Line($"{_plan.Lower(_plan.Ref(record.Fields[k].Type))}(s, v.{names[k]}, f, ref i);");
                }

                break;
            case TupleKind tuple:
                for (var k = 0; k < tuple.Types.Count; k++)
                {
                    _w.Line($"{_plan.Lower(_plan.Ref(tuple.Types[k]))}(s, v.Item{I(k + 1)}, f, ref i);");
                }

                break;
            case VariantKind variant:
                WriteVariantLower(t, variant);
                break;
            case EnumKind:
                _w.Line("f[i++] = (uint)v;");
                break;
            case FlagsKind flags:
                switch (FlagsWidth.Of(flags.Flags.Count))
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
            case OptionKind option:
                _w.Line($"var end = i + {I(1 + PayloadSlots(t))};");
                _w.OpenBlock(t.OptionStruct ? "if (v.HasValue)" : "if (v is { } x)");
                _w.Line("f[i++] = 1;");
                _w.Line($"{_plan.Lower(_plan.OptionPayload(option.Element))}(s, {(t.OptionStruct ? "v.Value" : "x")}, f, ref i);");
                _w.CloseBlock();
                _w.Line("i = end;");
                break;
            case ResultKind result:
                _w.Line($"var end = i + {I(1 + PayloadSlots(t))};");
                _w.OpenBlock("if (v.IsOk)");
                _w.Line("f[i++] = 0;");
                if (result.Ok is { } ok)
                {
                    _w.Line($"{_plan.Lower(_plan.Ref(ok))}(s, v.Value, f, ref i);");
                }

                _w.CloseBlock();
                _w.OpenBlock("else");
                _w.Line("f[i++] = 1;");
                if (result.Err is { } err)
                {
                    _w.Line($"{_plan.Lower(_plan.Ref(err))}(s, v.Error, f, ref i);");
                }

                _w.CloseBlock();
                _w.Line("i = end;");
                break;
            case ListKind or MapKind:
                _w.Line($"var (data, length) = {ListMethods.WriteName(_plan, t)}(s, v);");
                _w.Line("f[i++] = data;");
                _w.Line("f[i++] = length;");
                break;
            case FixedLengthListKind fixedList:
                ListMethods.WriteLengthCheck(_w, fixedList.Length);
                _w.OpenBlock("foreach (var e in v)");
                _w.Line($"{_plan.Lower(_plan.Ref(fixedList.Element))}(s, e, f, ref i);");
                _w.CloseBlock();
                break;
            default:
                throw new InvalidOperationException($"no flat lowering for {def.Kind.GetType().Name}");
        }
    }

    private void WriteLift(AbiTypeRef t, TypeDef def, string type)
    {
        if (HandleMethods.Of(_plan, t.Type) is { } handle)
        {
            _w.Line($"return {handle.Lift}(s, unchecked((int)f[i++]));");
            return;
        }

        switch (def.Kind)
        {
            case RecordKind record:
                var args = record.Fields.Select(f => $"{_plan.Lift(_plan.Ref(f.Type))}(s, f, ref i)");
                _w.Line($"return new {type}({string.Join(", ", args)});");
                break;
            case TupleKind tuple:
                var items = tuple.Types.Select(e => $"{_plan.Lift(_plan.Ref(e))}(s, f, ref i)").ToList();
                _w.Line($"return {TupleText.Construct(type, items)};");
                break;
            case VariantKind variant:
                WriteVariantLift(t, variant, type);
                break;
            case EnumKind @enum:
                _w.Line("var d = (uint)f[i++];");
                _w.Line($"return d < {U((uint)@enum.Cases.Count)} ? ({type})d : throw InvalidDiscriminant({Literal(def.Name ?? "enum")}, d);");
                break;
            case FlagsKind flags:
                var mask = FlagsWidth.Mask(flags.Flags.Count);
                switch (FlagsWidth.Of(flags.Flags.Count))
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

                break;
            case OptionKind option:
                var payload = $"{_plan.Lift(_plan.OptionPayload(option.Element))}(s, f, ref i)";
                _w.Line($"var end = i + {I(1 + PayloadSlots(t))};");
                _w.Line("var d = (uint)f[i++];");
                _w.Line($"{type} r = default;");
                _w.OpenBlock("if (d == 1)");
                _w.Line(t.OptionStruct ? $"r = global::WitBindgen.Option.Some({payload});" : $"r = {payload};");
                _w.CloseBlock();
                _w.OpenBlock("else if (d != 0)");
                _w.Line("throw InvalidDiscriminant(\"option\", d);");
                _w.CloseBlock();
                _w.Line("i = end;");
                _w.Line("return r;");
                break;
            case ResultKind result:
                string Side(WitType? side) => side is { } x ? $"{_plan.Lift(_plan.Ref(x))}(s, f, ref i)" : "default";
                _w.Line($"var end = i + {I(1 + PayloadSlots(t))};");
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
            case ListKind or MapKind:
                _w.Line("var data = (uint)f[i++];");
                _w.Line($"return {ListMethods.ReadName(_plan, t)}(s, data, (uint)f[i++]);");
                break;
            case FixedLengthListKind fixedList:
                var element = _plan.Ref(fixedList.Element);
                _w.Line($"var r = NewArray<{_plan.CSharpType(element)}>({U(fixedList.Length)});");
                _w.OpenBlock("for (var k = 0; k < r.Length; k++)");
                _w.Line($"r[k] = {_plan.Lift(element)}(s, f, ref i);");
                _w.CloseBlock();
                _w.Line("return r;");
                break;
            default:
                throw new InvalidOperationException($"no flat lifting for {def.Kind.GetType().Name}");
        }
    }

    private void WriteVariantLower(AbiTypeRef t, VariantKind variant)
    {
        var caseNames = _plan.Context.Members.Of(t.Type.Id);
        var type = _plan.CSharpType(t);
        _w.Line($"var end = i + {I(1 + PayloadSlots(t))};");
        _w.OpenBlock("switch (v)");
        for (var k = 0; k < variant.Cases.Count; k++)
        {
            var payload = variant.Cases[k].Type;
            _w.Line(payload is null ? $"case {type}.{caseNames[k]}:" : $"case {type}.{caseNames[k]} c:");
            _w.Indent();
            _w.Line($"f[i++] = {U((uint)k)};");
            if (payload is { } p)
            {
                _w.Line($"{_plan.Lower(_plan.Ref(p))}(s, c.Value, f, ref i);");
            }

            _w.Line("break;");
            _w.Outdent();
        }

        _w.Line("default:");
        _w.Line("    throw new global::System.ArgumentException(\"a value of a case of the variant is required\", nameof(v));");
        _w.CloseBlock();
        _w.Line("i = end;");
    }

    private void WriteVariantLift(AbiTypeRef t, VariantKind variant, string type)
    {
        var caseNames = _plan.Context.Members.Of(t.Type.Id);
        _w.Line($"var end = i + {I(1 + PayloadSlots(t))};");
        _w.Line("var d = (uint)f[i++];");
        _w.Line($"{type} r;");
        _w.OpenBlock("switch (d)");
        for (var k = 0; k < variant.Cases.Count; k++)
        {
            var payload = variant.Cases[k].Type is { } p ? $"{_plan.Lift(_plan.Ref(p))}(s, f, ref i)" : string.Empty;
            _w.Line($"case {I(k)}: r = new {type}.{caseNames[k]}({payload}); break;");
        }

        _w.Line($"default: throw InvalidDiscriminant({Literal(Model[t.Type.Id].Name ?? "variant")}, d);");
        _w.CloseBlock();
        _w.Line("i = end;");
        _w.Line("return r;");
    }
}
