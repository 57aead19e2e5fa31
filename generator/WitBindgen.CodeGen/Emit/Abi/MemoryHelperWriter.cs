using WitBindgen.CodeGen.Context.Marshal;
using static WitBindgen.CodeGen.Emit.Abi.AbiText;
using static WitBindgen.CodeGen.Emit.Abi.AbiHelperNames;

namespace WitBindgen.CodeGen.Emit.Abi;

/// <summary>
/// Writes <c>StoreX(Scope s, uint ptr, T v)</c> and <c>LoadX(Scope s, uint ptr)</c> for one planned type: the
/// Canonical ABI's <c>store</c> and <c>load</c> at the offsets of its <see cref="MarshalType"/>.
/// Loading records every block it reads (strings, list data) in the scope, so the caller can free them.
/// </summary>
/// <remarks>
/// The code is the same on both sides of the boundary: it only uses what the class it is written into provides (as the
/// guest's <see cref="Guest.AbiRuntimeWriter"/> does: <c>Scope</c> with <c>Allocate</c>, <c>Memory.CheckRange</c> and
/// <c>Own</c>, the fixed helpers of primitives, strings and byte lists, <c>NewArray</c>, <c>InvalidDiscriminant</c>)
/// and the <see cref="AbiHelperSide"/> it is written for (the host's scope is the runtime's <c>CanonicalExport</c>).
/// </remarks>
internal sealed class MemoryHelperWriter
{
    private readonly IndentedWriter _w;
    private readonly AbiHelperSide _side;

    /// <param name="writer">The writer.</param>
    /// <param name="side">The side of the boundary the helpers are written for.</param>
    public MemoryHelperWriter(IndentedWriter writer, AbiHelperSide side)
    {
        _w = writer;
        _side = side;
    }

    public void Write(MarshalType t)
    {
        var type = t.CSharpType;
        var optionStruct = t is OptionMarshal { IsOptionStruct: true };
        _w.Line($"// {t.Facts.Label}{(optionStruct ? " (as Option<T>)" : string.Empty)}");
        _w.OpenBlock($"internal static void {Store(t)}({_side.Scope} s, uint ptr, {type} v)");
        WriteStore(t);
        _w.CloseBlock();
        _w.Line();
        _w.OpenBlock($"internal static {type} {Load(t)}({_side.Scope} s, uint ptr)");
        WriteLoad(t);
        _w.CloseBlock();
        _w.Line();
        switch (t)
        {
            case ListMarshal list:
                ListMethods.WriteList(_w, list, _side);
                break;
            case MapMarshal map:
                ListMethods.WriteMap(_w, map, _side);
                break;
        }
    }

    private void WriteStore(MarshalType t)
    {
        switch (t)
        {
            case HandleMarshal handle:
                _w.Line($"StoreS32(s, ptr, {_side.Handles(handle).Lower("v")});");
                break;
            case RecordMarshal record:
                RefusingWriter.WriteNullCheck(_w, _side, "record " + record.WitName);
                foreach (var field in record.Fields)
                {
                    _w.Line($"{Store(field.Type)}(s, {Offset("ptr", field.Offset)}, v.{field.Member});");
                }

                break;
            case TupleMarshal tuple:
                foreach (var item in tuple.Items)
                {
                    _w.Line($"{Store(item.Type)}(s, {Offset("ptr", item.Offset)}, v.{item.Member});");
                }

                break;
            case VariantMarshal variant:
                WriteVariantStore(variant);
                break;
            case EnumMarshal @enum:
                RefusingWriter.WriteEnumCheck(_w, _side, @enum);
                var (key, cast) = Discriminant(@enum.Discriminant);
                _w.Line($"Store{key}(s, ptr, ({cast})v);");
                break;
            case FlagsMarshal flags:
                RefusingWriter.WriteFlagsCheck(_w, _side, flags);
                WriteFlagsStore(flags);
                break;
            case OptionMarshal option:
                _w.OpenBlock(option.IsOptionStruct ? "if (v.HasValue)" : "if (v is { } x)");
                _w.Line("StoreU8(s, ptr, 1);");
                _w.Line($"{Store(option.Payload)}(s, {Offset("ptr", option.PayloadOffset)}, {(option.IsOptionStruct ? "v.Value" : "x")});");
                _w.CloseBlock();
                _w.OpenBlock("else");
                _w.Line("StoreU8(s, ptr, 0);");
                _w.CloseBlock();
                break;
            case ResultMarshal result:
                WriteResultStore(result);
                break;
            case ListMarshal or MapMarshal:
                _w.Line($"var (data, length) = {AbiHelperNames.Write(t)}(s, v);");
                _w.Line("StoreU32(s, ptr, data);");
                _w.Line("StoreU32(s, ptr + 4u, length);");
                break;
            case FixedListMarshal fixedList:
                RefusingWriter.WriteLengthCheck(_w, _side, fixedList.Length);
                _w.OpenBlock("for (var k = 0; k < v.Length; k++)");
                _w.Line($"{Store(fixedList.Element)}(s, ptr + (uint)k * {U(fixedList.Element.Layout.Size)}, v[k]);");
                _w.CloseBlock();
                break;
            default:
                throw new InvalidOperationException($"no memory helpers for {t.GetType().Name}");
        }
    }

    private void WriteLoad(MarshalType t)
    {
        var type = t.CSharpType;
        switch (t)
        {
            case HandleMarshal handle:
                _w.Line($"return {_side.Handles(handle).Lift("LoadS32(s, ptr)")};");
                break;
            case RecordMarshal record:
                var args = record.Fields.Select(f => $"{Load(f.Type)}(s, {Offset("ptr", f.Offset)})");
                _w.Line($"return new {type}({string.Join(", ", args)});");
                break;
            case TupleMarshal tuple:
                var items = tuple.Items.Select(e => $"{Load(e.Type)}(s, {Offset("ptr", e.Offset)})").ToList();
                _w.Line($"return {TupleText.Construct(type, items)};");
                break;
            case VariantMarshal variant:
                WriteVariantLoad(variant);
                break;
            case EnumMarshal @enum:
                var (key, _) = Discriminant(@enum.Discriminant);
                _w.Line($"var d = (uint)Load{key}(s, ptr);");
                _w.Line($"return d < {U((uint)@enum.Cases.Count)} ? ({type})d : throw InvalidDiscriminant({Literal(@enum.WitName)}, d);");
                break;
            case FlagsMarshal flags:
                WriteFlagsLoad(flags);
                break;
            case OptionMarshal option:
                var value = $"{Load(option.Payload)}(s, {Offset("ptr", option.PayloadOffset)})";
                _w.Line("var d = (uint)LoadU8(s, ptr);");
                _w.OpenBlock("switch (d)");
                _w.Line("case 0: return default;");
                _w.Line(option.IsOptionStruct
                    ? $"case 1: return global::WitBindgen.Option.Some({value});"
                    : $"case 1: return {value};");
                _w.Line("default: throw InvalidDiscriminant(\"option\", d);");
                _w.CloseBlock();
                break;
            case ResultMarshal result:
                string Side(MarshalType? side) => side is { } x ? $"{Load(x)}(s, {Offset("ptr", result.PayloadOffset)})" : "default";
                _w.Line("var d = (uint)LoadU8(s, ptr);");
                _w.OpenBlock("switch (d)");
                _w.Line($"case 0: return {type}.Ok({Side(result.Ok)});");
                _w.Line($"case 1: return {type}.Err({Side(result.Err)});");
                _w.Line("default: throw InvalidDiscriminant(\"result\", d);");
                _w.CloseBlock();
                break;
            case ListMarshal or MapMarshal:
                _w.Line($"return {Read(t)}(s, LoadU32(s, ptr), LoadU32(s, ptr + 4u));");
                break;
            case FixedListMarshal fixedList:
                _w.Line($"var r = NewArray<{fixedList.Element.CSharpType}>({U(fixedList.Length)});");
                _w.OpenBlock("for (var k = 0u; k < (uint)r.Length; k++)");
                _w.Line($"r[k] = {Load(fixedList.Element)}(s, ptr + k * {U(fixedList.Element.Layout.Size)});");
                _w.CloseBlock();
                _w.Line("return r;");
                break;
            default:
                throw new InvalidOperationException($"no memory helpers for {t.GetType().Name}");
        }
    }

    private void WriteVariantStore(VariantMarshal variant)
    {
        var (key, cast) = Discriminant(variant.Discriminant);
        _w.OpenBlock("switch (v)");
        for (var i = 0; i < variant.Cases.Count; i++)
        {
            var c = variant.Cases[i];
            _w.Line(c.Payload is null ? $"case {variant.CSharpType}.{c.Member}:" : $"case {variant.CSharpType}.{c.Member} c:");
            _w.Indent();
            _w.Line($"Store{key}(s, ptr, ({cast}){I(i)});");
            if (c.Payload is { } p)
            {
                _w.Line($"{Store(p)}(s, {Offset("ptr", variant.PayloadOffset)}, c.Value);");
            }

            _w.Line("break;");
            _w.Outdent();
        }

        RefusingWriter.WriteVariantDefault(_w, _side, variant);
        _w.CloseBlock();
    }

    private void WriteVariantLoad(VariantMarshal variant)
    {
        var (key, _) = Discriminant(variant.Discriminant);
        _w.Line($"var d = (uint)Load{key}(s, ptr);");
        _w.OpenBlock("switch (d)");
        for (var i = 0; i < variant.Cases.Count; i++)
        {
            var c = variant.Cases[i];
            var payload = c.Payload is { } p ? $"{Load(p)}(s, {Offset("ptr", variant.PayloadOffset)})" : string.Empty;
            _w.Line($"case {I(i)}: return new {variant.CSharpType}.{c.Member}({payload});");
        }

        _w.Line($"default: throw InvalidDiscriminant({Literal(variant.WitName)}, d);");
        _w.CloseBlock();
    }

    private void WriteFlagsStore(FlagsMarshal flags)
    {
        switch (flags.Width)
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

    private void WriteFlagsLoad(FlagsMarshal flags)
    {
        var (type, mask) = (flags.CSharpType, flags.Mask);
        switch (flags.Width)
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

    private void WriteResultStore(ResultMarshal result)
    {
        _w.OpenBlock("if (v.IsOk)");
        _w.Line("StoreU8(s, ptr, 0);");
        if (result.Ok is { } ok)
        {
            _w.Line($"{Store(ok)}(s, {Offset("ptr", result.PayloadOffset)}, v.Value);");
        }

        _w.CloseBlock();
        _w.OpenBlock("else");
        _w.Line("StoreU8(s, ptr, 1);");
        if (result.Err is { } err)
        {
            _w.Line($"{Store(err)}(s, {Offset("ptr", result.PayloadOffset)}, v.Error);");
        }

        _w.CloseBlock();
    }
}
