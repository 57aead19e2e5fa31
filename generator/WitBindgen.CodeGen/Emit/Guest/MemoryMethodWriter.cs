using WitBindgen.CodeGen.Mapping;
using WitBindgen.Wit.Abi;
using WitBindgen.Wit.Model;
using static WitBindgen.CodeGen.Emit.Guest.AbiText;

namespace WitBindgen.CodeGen.Emit.Guest;

/// <summary>
/// Writes <c>StoreX(Scope s, uint ptr, T v)</c> and <c>LoadX(Scope s, uint ptr)</c> for one WIT type: the
/// Canonical ABI's <c>store</c> and <c>load</c> at the offsets and alignments of <see cref="CanonicalAbi"/>.
/// Loading records every block it reads (strings, list data) in the scope, so the caller can free them.
/// </summary>
internal sealed class MemoryMethodWriter
{
    private readonly IndentedWriter _w;
    private readonly AbiMethodPlan _plan;

    public MemoryMethodWriter(IndentedWriter writer, AbiMethodPlan plan)
    {
        _w = writer;
        _plan = plan;
    }

    private WitModel Model => _plan.Context.Model;

    public void Write(AbiTypeRef t)
    {
        var type = _plan.CSharpType(t);
        var id = t.Type.Id;
        var def = Model[id];
        var (store, load) = (_plan.Store(t), _plan.Load(t));
        _w.Line($"// {(def.Name ?? def.Kind.GetType().Name.Replace("Kind", string.Empty).ToLowerInvariant())}{(t.OptionStruct ? " (as Option<T>)" : string.Empty)}");
        _w.OpenBlock($"internal static void {store}(Scope s, uint ptr, {type} v)");
        WriteStore(t, def);
        _w.CloseBlock();
        _w.Line();
        _w.OpenBlock($"internal static {type} {load}(Scope s, uint ptr)");
        WriteLoad(t, def, type);
        _w.CloseBlock();
        _w.Line();
        ListMethods.Write(_w, _plan, t);
    }

    private void WriteStore(AbiTypeRef t, TypeDef def)
    {
        if (HandleMethods.Of(_plan, t.Type) is { } handle)
        {
            _w.Line($"StoreS32(s, ptr, {handle.Lower}(v));");
            return;
        }

        switch (def.Kind)
        {
            case RecordKind record:
                var offsets = CanonicalAbi.FieldOffsets(Model, t.Type.Id);
                var names = _plan.Context.Members.Of(t.Type.Id);
                for (var i = 0; i < record.Fields.Count; i++)
                {
                    _w.Line($"{_plan.Store(_plan.Ref(record.Fields[i].Type))}(s, {Offset("ptr", offsets[i])}, v.{names[i]});");
                }

                break;
            case TupleKind tuple:
                var tupleOffsets = CanonicalAbi.FieldOffsets(Model, t.Type.Id);
                for (var i = 0; i < tuple.Types.Count; i++)
                {
                    _w.Line($"{_plan.Store(_plan.Ref(tuple.Types[i]))}(s, {Offset("ptr", tupleOffsets[i])}, v.Item{I(i + 1)});");
                }

                break;
            case VariantKind variant:
                WriteVariantStore(t, variant);
                break;
            case EnumKind:
                var (key, cast) = Discriminant(CanonicalAbi.VariantShapeOf(Model, t.Type.Id)!.Discriminant);
                _w.Line($"Store{key}(s, ptr, ({cast})v);");
                break;
            case FlagsKind flags:
                WriteFlagsStore(flags.Flags.Count);
                break;
            case OptionKind option:
                WriteOptionStore(t, option);
                break;
            case ResultKind result:
                WriteResultStore(t, result);
                break;
            case ListKind or MapKind:
                _w.Line($"var (data, length) = {ListMethods.WriteName(_plan, t)}(s, v);");
                _w.Line("StoreU32(s, ptr, data);");
                _w.Line("StoreU32(s, ptr + 4u, length);");
                break;
            case FixedLengthListKind fixedList:
                var element = _plan.Ref(fixedList.Element);
                var size = _plan.Layout(fixedList.Element).Size;
                ListMethods.WriteLengthCheck(_w, fixedList.Length);
                _w.OpenBlock("for (var k = 0; k < v.Length; k++)");
                _w.Line($"{_plan.Store(element)}(s, ptr + (uint)k * {U(size)}, v[k]);");
                _w.CloseBlock();
                break;
            default:
                throw new InvalidOperationException($"no lowering for {def.Kind.GetType().Name}");
        }
    }

    private void WriteLoad(AbiTypeRef t, TypeDef def, string type)
    {
        if (HandleMethods.Of(_plan, t.Type) is { } handle)
        {
            _w.Line($"return {handle.Lift}(s, LoadS32(s, ptr));");
            return;
        }

        switch (def.Kind)
        {
            case RecordKind record:
                var offsets = CanonicalAbi.FieldOffsets(Model, t.Type.Id);
                var args = record.Fields.Select((f, i) => $"{_plan.Load(_plan.Ref(f.Type))}(s, {Offset("ptr", offsets[i])})");
                _w.Line($"return new {type}({string.Join(", ", args)});");
                break;
            case TupleKind tuple:
                var tupleOffsets = CanonicalAbi.FieldOffsets(Model, t.Type.Id);
                var items = tuple.Types.Select((e, i) => $"{_plan.Load(_plan.Ref(e))}(s, {Offset("ptr", tupleOffsets[i])})").ToList();
                _w.Line($"return {TupleText.Construct(type, items)};");
                break;
            case VariantKind variant:
                WriteVariantLoad(t, variant, type);
                break;
            case EnumKind @enum:
                var (key, _) = Discriminant(CanonicalAbi.VariantShapeOf(Model, t.Type.Id)!.Discriminant);
                _w.Line($"var d = (uint)Load{key}(s, ptr);");
                _w.Line($"return d < {U((uint)@enum.Cases.Count)} ? ({type})d : throw InvalidDiscriminant({Literal(def.Name ?? "enum")}, d);");
                break;
            case FlagsKind flags:
                WriteFlagsLoad(flags.Flags.Count, type);
                break;
            case OptionKind option:
                WriteOptionLoad(t, option);
                break;
            case ResultKind result:
                WriteResultLoad(t, result, type);
                break;
            case ListKind or MapKind:
                _w.Line($"return {ListMethods.ReadName(_plan, t)}(s, LoadU32(s, ptr), LoadU32(s, ptr + 4u));");
                break;
            case FixedLengthListKind fixedList:
                var element = _plan.Ref(fixedList.Element);
                var size = _plan.Layout(fixedList.Element).Size;
                _w.Line($"var r = NewArray<{_plan.CSharpType(element)}>({U(fixedList.Length)});");
                _w.OpenBlock("for (var k = 0u; k < (uint)r.Length; k++)");
                _w.Line($"r[k] = {_plan.Load(element)}(s, ptr + k * {U(size)});");
                _w.CloseBlock();
                _w.Line("return r;");
                break;
            default:
                throw new InvalidOperationException($"no lifting for {def.Kind.GetType().Name}");
        }
    }

    private void WriteVariantStore(AbiTypeRef t, VariantKind variant)
    {
        var shape = CanonicalAbi.VariantShapeOf(Model, t.Type.Id)!;
        var (key, cast) = Discriminant(shape.Discriminant);
        var caseNames = _plan.Context.Members.Of(t.Type.Id);
        var type = _plan.CSharpType(t);
        _w.OpenBlock("switch (v)");
        for (var i = 0; i < variant.Cases.Count; i++)
        {
            var payload = variant.Cases[i].Type;
            _w.Line(payload is null ? $"case {type}.{caseNames[i]}:" : $"case {type}.{caseNames[i]} c:");
            _w.Indent();
            _w.Line($"Store{key}(s, ptr, ({cast}){I(i)});");
            if (payload is { } p)
            {
                _w.Line($"{_plan.Store(_plan.Ref(p))}(s, {Offset("ptr", shape.PayloadOffset)}, c.Value);");
            }

            _w.Line("break;");
            _w.Outdent();
        }

        _w.Line("default:");
        _w.Line($"    throw new global::System.ArgumentException(\"a value of a case of the variant is required\", nameof(v));");
        _w.CloseBlock();
    }

    private void WriteVariantLoad(AbiTypeRef t, VariantKind variant, string type)
    {
        var shape = CanonicalAbi.VariantShapeOf(Model, t.Type.Id)!;
        var (key, _) = Discriminant(shape.Discriminant);
        var caseNames = _plan.Context.Members.Of(t.Type.Id);
        _w.Line($"var d = (uint)Load{key}(s, ptr);");
        _w.OpenBlock("switch (d)");
        for (var i = 0; i < variant.Cases.Count; i++)
        {
            var payload = variant.Cases[i].Type is { } p ? $"{_plan.Load(_plan.Ref(p))}(s, {Offset("ptr", shape.PayloadOffset)})" : string.Empty;
            _w.Line($"case {I(i)}: return new {type}.{caseNames[i]}({payload});");
        }

        _w.Line($"default: throw InvalidDiscriminant({Literal(Model[t.Type.Id].Name ?? "variant")}, d);");
        _w.CloseBlock();
    }

    private void WriteFlagsStore(int count)
    {
        switch (FlagsWidth.Of(count))
        {
            case FlagsWidth.None:
                break;
            case FlagsWidth.U8:
                _w.Line("StoreU8(s, ptr, (byte)v);");
                break;
            case FlagsWidth.U16:
                _w.Line("StoreU16(s, ptr, (ushort)v);");
                break;
            case FlagsWidth.U32:
                _w.Line("StoreU32(s, ptr, (uint)v);");
                break;
            default:
                _w.Line("StoreU32(s, ptr, unchecked((uint)(ulong)v));");
                _w.Line("StoreU32(s, ptr + 4u, (uint)((ulong)v >> 32));");
                break;
        }
    }

    private void WriteFlagsLoad(int count, string type)
    {
        var mask = FlagsWidth.Mask(count);
        switch (FlagsWidth.Of(count))
        {
            case FlagsWidth.None:
                _w.Line("return default;");
                break;
            case FlagsWidth.U8:
                _w.Line($"return ({type})(byte)(LoadU8(s, ptr) & {mask});");
                break;
            case FlagsWidth.U16:
                _w.Line($"return ({type})(ushort)(LoadU16(s, ptr) & {mask});");
                break;
            case FlagsWidth.U32:
                _w.Line($"return ({type})(LoadU32(s, ptr) & {mask});");
                break;
            default:
                _w.Line($"return ({type})(((ulong)LoadU32(s, ptr) | ((ulong)LoadU32(s, ptr + 4u) << 32)) & {mask});");
                break;
        }
    }

    private void WriteOptionStore(AbiTypeRef t, OptionKind option)
    {
        var shape = CanonicalAbi.VariantShapeOf(Model, t.Type.Id)!;
        var payload = _plan.OptionPayload(option.Element);
        _w.OpenBlock(t.OptionStruct ? "if (v.HasValue)" : "if (v is { } x)");
        _w.Line("StoreU8(s, ptr, 1);");
        _w.Line($"{_plan.Store(payload)}(s, {Offset("ptr", shape.PayloadOffset)}, {(t.OptionStruct ? "v.Value" : "x")});");
        _w.CloseBlock();
        _w.OpenBlock("else");
        _w.Line("StoreU8(s, ptr, 0);");
        _w.CloseBlock();
    }

    private void WriteOptionLoad(AbiTypeRef t, OptionKind option)
    {
        var shape = CanonicalAbi.VariantShapeOf(Model, t.Type.Id)!;
        var payload = _plan.OptionPayload(option.Element);
        var value = $"{_plan.Load(payload)}(s, {Offset("ptr", shape.PayloadOffset)})";
        _w.Line("var d = (uint)LoadU8(s, ptr);");
        _w.OpenBlock("switch (d)");
        _w.Line("case 0: return default;");
        _w.Line(t.OptionStruct
            ? $"case 1: return global::WitBindgen.Option.Some({value});"
            : $"case 1: return {value};");
        _w.Line("default: throw InvalidDiscriminant(\"option\", d);");
        _w.CloseBlock();
    }

    private void WriteResultStore(AbiTypeRef t, ResultKind result)
    {
        var shape = CanonicalAbi.VariantShapeOf(Model, t.Type.Id)!;
        _w.OpenBlock("if (v.IsOk)");
        _w.Line("StoreU8(s, ptr, 0);");
        if (result.Ok is { } ok)
        {
            _w.Line($"{_plan.Store(_plan.Ref(ok))}(s, {Offset("ptr", shape.PayloadOffset)}, v.Value);");
        }

        _w.CloseBlock();
        _w.OpenBlock("else");
        _w.Line("StoreU8(s, ptr, 1);");
        if (result.Err is { } err)
        {
            _w.Line($"{_plan.Store(_plan.Ref(err))}(s, {Offset("ptr", shape.PayloadOffset)}, v.Error);");
        }

        _w.CloseBlock();
    }

    private void WriteResultLoad(AbiTypeRef t, ResultKind result, string type)
    {
        var shape = CanonicalAbi.VariantShapeOf(Model, t.Type.Id)!;
        string Side(WitType? side) => side is { } x ? $"{_plan.Load(_plan.Ref(x))}(s, {Offset("ptr", shape.PayloadOffset)})" : "default";
        _w.Line("var d = (uint)LoadU8(s, ptr);");
        _w.OpenBlock("switch (d)");
        _w.Line($"case 0: return {type}.Ok({Side(result.Ok)});");
        _w.Line($"case 1: return {type}.Err({Side(result.Err)});");
        _w.Line("default: throw InvalidDiscriminant(\"result\", d);");
        _w.CloseBlock();
    }
}
