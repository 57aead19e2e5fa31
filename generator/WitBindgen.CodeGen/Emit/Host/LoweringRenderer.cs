using System.Globalization;
using WitBindgen.CodeGen.Context.Marshal;
using WitBindgen.CodeGen.Mapping;
using WitBindgen.CodeGen.Naming;
using WitBindgen.Wit.Syntax;

namespace WitBindgen.CodeGen.Emit.Host;

/// <summary>
/// Writes the statements that lower a C# value into a native <c>ComponentVal</c> slot (an argument span element, a
/// list item, a local) as its <see cref="HostValueCode"/> plans them, checking on the way what cannot cross: null where
/// WIT has no null, flags bits WIT does not define, fixed-length lists of the wrong length, strings with unpaired
/// surrogates.
/// </summary>
/// <remarks>
/// Declared types (records, variants, enums, flags) are lowered by a call to their method in the world's marshal
/// class; anonymous types are written inline. Every composite that allocates is disposed when a nested lowering
/// throws, so a rejected value leaks nothing.
/// </remarks>
internal sealed class LoweringRenderer
{
    private const string Val = HostTypeFacts.Val;
    private readonly IndentedWriter _writer;
    private readonly string _helpers;

    public LoweringRenderer(IndentedWriter writer, MarshalPlan marshal)
    {
        _writer = writer;
        _helpers = marshal.Helpers;
    }

    /// <summary>Writes statements that store <paramref name="value"/> lowered into <paramref name="target"/>.</summary>
    /// <param name="code">The planned code.</param>
    /// <param name="value">A C# expression of the mapped type; evaluated once.</param>
    /// <param name="target">An assignable <c>ComponentVal</c> expression.</param>
    /// <param name="where">A C# string expression naming the function and parameter, for error messages.</param>
    public void Lower(HostValueCode code, string value, string target, string where)
    {
        switch (code.Type)
        {
            case PrimitiveMarshal primitive:
                _writer.Line($"{target} = {Val}.{Factory(primitive.Kind)}({value});");
                break;
            case StringMarshal:
                _writer.Line($"{target} = {_helpers}.LowerString({value}, {where});");
                break;
            case HandleMarshal handle:
                _writer.Line($"{target} = {LowerResource(code, handle, value, where)};");
                break;
            case RecordMarshal or VariantMarshal or EnumMarshal or FlagsMarshal:
                _writer.Line($"{target} = {code.Helper}({value}, {where});");
                break;
            case ListMarshal { IsBytes: true }:
                _writer.Line($"{target} = {_helpers}.LowerBytes({value}, {where});");
                break;
            case ListMarshal:
                LowerList(code, null, value, target, where);
                break;
            case FixedListMarshal fixedList:
                LowerList(code, fixedList.Length, value, target, where);
                break;
            case TupleMarshal tuple:
                LowerTuple(code, tuple, value, target, where);
                break;
            case OptionMarshal option:
                LowerOption(code, option, value, target, where);
                break;
            case ResultMarshal:
                LowerResult(code, value, target, where);
                break;
            case MapMarshal:
                LowerMap(code, value, target, where);
                break;
            default:
                throw new InvalidOperationException($"no host lowering for WIT {code.Type.Facts.Label}");
        }
    }

    /// <summary>Writes the body of a declared type's lowering method: <c>value</c> and <c>where</c> are its parameters.</summary>
    public void LowerBody(MarshalHelper method)
    {
        var code = method.Body;
        switch (code.Type)
        {
            case RecordMarshal record:
                LowerRecord(code, record, "value", "where");
                break;
            case VariantMarshal variant:
                LowerVariant(code, variant, method.TypeName, "value", "where");
                break;
            case EnumMarshal @enum:
                LowerEnum(@enum, method.TypeName, "value", "where");
                break;
            case FlagsMarshal flags:
                LowerFlags(code, flags, method.TypeName, "value", "where");
                break;
            default:
                throw new InvalidOperationException($"WIT {code.Type.Facts.Label} is not lowered by a method");
        }
    }

    /// <summary>A UTF-8 literal for a WIT name (<c>"field-name"u8</c>); WIT names are ASCII.</summary>
    public static string Utf8(string witName) => "\"" + witName + "\"u8";

    private static string Factory(PrimitiveKind primitive) => primitive switch
    {
        PrimitiveKind.Bool => "Bool",
        PrimitiveKind.S8 => "S8",
        PrimitiveKind.U8 => "U8",
        PrimitiveKind.S16 => "S16",
        PrimitiveKind.U16 => "U16",
        PrimitiveKind.S32 => "S32",
        PrimitiveKind.U32 => "U32",
        PrimitiveKind.S64 => "S64",
        PrimitiveKind.U64 => "U64",
        PrimitiveKind.F32 => "F32",
        PrimitiveKind.F64 => "F64",
        PrimitiveKind.Char => "Char",
        _ => throw new InvalidOperationException($"no host lowering for WIT {primitive}"),
    };

    private string LowerResource(HostValueCode code, HandleMarshal handle, string value, string where)
    {
        var own = handle.Borrow ? "false" : "true";
        return code.Role switch
        {
            HostResourceRole.Host => $"{code.Helper}.Lower({value}, {own}, {where})",
            HostResourceRole.Guest => $"{_helpers}.LowerResource({(value == "this" ? "this.Handle" : value + "?.Handle")}, {own}, {where})",
            _ => $"{_helpers}.LowerResource({value}, {own}, {where})",
        };
    }

    private void LowerList(HostValueCode code, uint? length, string value, string target, string where)
    {
        var (source, list, items, i) = (code.Local("source"), code.Local("list"), code.Local("items"), code.Local("i"));
        OpenScope();
        _writer.Line($"var {source} = {value} ?? throw {_helpers}.NullValue({where}, \"list\");");
        if (length is { } n)
        {
            var count = n.ToString(CultureInfo.InvariantCulture);
            _writer.Line($"{_helpers}.CheckLength({source}.Length, {count}, {where});");
        }

        _writer.Line($"var {list} = {Val}.NewList({source}.Length);");
        _writer.OpenBlock("try");
        _writer.Line($"var {items} = {list}.GetListItems();");
        _writer.OpenBlock($"for (var {i} = 0; {i} < {source}.Length; {i}++)");
        Lower(code.Parts[0], $"{source}[{i}]", $"{items}[{i}]", where);
        _writer.CloseBlock();
        _writer.CloseBlock();
        WriteDisposeOnFailure(list);
        _writer.Line($"{target} = {list};");
        _writer.CloseBlock();
    }

    private void LowerTuple(HostValueCode code, TupleMarshal tuple, string value, string target, string where)
    {
        var (source, val, items) = (code.Local("tuple"), code.Local("tupleVal"), code.Local("items"));
        var count = tuple.Items.Count.ToString(CultureInfo.InvariantCulture);
        OpenScope();
        _writer.Line($"var {source} = {value};");
        _writer.Line($"var {val} = {Val}.NewTuple({count});");
        _writer.OpenBlock("try");
        if (tuple.Items.Count > 0)
        {
            _writer.Line($"var {items} = {val}.GetTupleItems();");
        }

        for (var k = 0; k < tuple.Items.Count; k++)
        {
            Lower(code.Parts[k], $"{source}.{tuple.Items[k].Member}", $"{items}[{k.ToString(CultureInfo.InvariantCulture)}]", where);
        }

        _writer.CloseBlock();
        WriteDisposeOnFailure(val);
        _writer.Line($"{target} = {val};");
        _writer.CloseBlock();
    }

    private void LowerOption(HostValueCode code, OptionMarshal option, string value, string target, string where)
    {
        var (source, payload) = (code.Local("option"), code.Local("payload"));

        // A nullable value type and Option<T> say HasValue; a nullable reference is compared with null.
        var nullable = option.IsOptionStruct || option.Payload.Facts.IsValueType || option.Payload is OptionMarshal;
        var hasValue = nullable ? $"{source}.HasValue" : $"{source} is not null";
        var inner = nullable ? $"{source}.Value" : source;

        OpenScope();
        _writer.Line($"var {source} = {value};");
        _writer.OpenBlock($"if ({hasValue})");
        _writer.Line($"var {payload} = default({Val});");
        Lower(code.Parts[0], inner, payload, where);
        _writer.Line($"{target} = {Val}.Some({payload});");
        _writer.CloseBlock();
        _writer.OpenBlock("else");
        _writer.Line($"{target} = {Val}.None();");
        _writer.CloseBlock();
        _writer.CloseBlock();
    }

    private void LowerResult(HostValueCode code, string value, string target, string where)
    {
        var result = (ResultMarshal)code.Type;
        var source = code.Local("result");
        var part = 0;
        OpenScope();
        _writer.Line($"var {source} = {value};");
        _writer.OpenBlock($"if ({source}.IsOk)");
        LowerResultSide(code, result.Ok, "okPayload", ref part, $"{source}.Value", target, "Ok", where);
        _writer.CloseBlock();
        _writer.OpenBlock("else");
        LowerResultSide(code, result.Err, "errPayload", ref part, $"{source}.Error", target, "Err", where);
        _writer.CloseBlock();
        _writer.CloseBlock();
    }

    private void LowerResultSide(HostValueCode code, MarshalType? side, string role, ref int part, string value, string target, string factory, string where)
    {
        if (side is null)
        {
            _writer.Line($"{target} = {Val}.{factory}();");
            return;
        }

        var payload = code.Local(role);
        _writer.Line($"var {payload} = default({Val});");
        Lower(code.Parts[part++], value, payload, where);
        _writer.Line($"{target} = {Val}.{factory}({payload});");
    }

    private void LowerMap(HostValueCode code, string value, string target, string where)
    {
        var (source, val, entries, i, entry) = (code.Local("source"), code.Local("map"), code.Local("entries"), code.Local("i"), code.Local("entry"));
        OpenScope();
        _writer.Line($"var {source} = {value} ?? throw {_helpers}.NullValue({where}, \"map\");");
        _writer.Line($"var {val} = {Val}.NewMap({source}.Count);");
        _writer.OpenBlock("try");
        _writer.Line($"var {entries} = {val}.GetMapEntries();");
        _writer.Line($"var {i} = 0;");
        _writer.OpenBlock($"foreach (var {entry} in {source})");
        Lower(code.Parts[0], $"{entry}.Key", $"{entries}[{i}].Key", where);
        Lower(code.Parts[1], $"{entry}.Value", $"{entries}[{i}].Value", where);
        _writer.Line($"{i}++;");
        _writer.CloseBlock();
        _writer.CloseBlock();
        WriteDisposeOnFailure(val);
        _writer.Line($"{target} = {val};");
        _writer.CloseBlock();
    }

    private void LowerRecord(HostValueCode code, RecordMarshal record, string value, string where)
    {
        var (rec, field) = (code.Local("record"), code.Local("field"));
        var count = record.Fields.Count.ToString(CultureInfo.InvariantCulture);
        _writer.Line($"if ({value} is null)");
        _writer.Line("{");
        _writer.Line($"    throw {_helpers}.NullValue({where}, \"record {record.WitName}\");");
        _writer.Line("}");
        _writer.Line();
        _writer.Line($"var {rec} = {Val}.NewRecord({count});");
        _writer.OpenBlock("try");
        for (var k = 0; k < record.Fields.Count; k++)
        {
            var f = record.Fields[k];
            var local = k == 0 ? $"var {field}" : field;
            _writer.Line($"{local} = default({Val});");
            Lower(code.Parts[k], $"{value}.{f.Member}", field, where);
            _writer.Line($"{rec}.SetRecordField({k.ToString(CultureInfo.InvariantCulture)}, {Utf8(f.WitName)}, {field});");
        }

        _writer.CloseBlock();
        WriteDisposeOnFailure(rec);
        _writer.Line($"return {rec};");
    }

    private void LowerVariant(HostValueCode code, VariantMarshal variant, string qualified, string value, string where)
    {
        var part = 0;
        _writer.OpenBlock($"switch ({value})");
        foreach (var c in variant.Cases)
        {
            if (c.Payload is not null)
            {
                var (caseLocal, payload) = (code.Local("case:" + c.Member), code.Local("payload:" + c.Member));
                _writer.OpenBlock($"case {qualified}.{c.Member} {caseLocal}:");
                _writer.Line($"var {payload} = default({Val});");
                Lower(code.Parts[part++], $"{caseLocal}.{DeclaredMemberPlan.PayloadProperty}", payload, where);
                _writer.Line($"return {Val}.Variant({Utf8(c.WitName)}, {payload});");
                _writer.CloseBlock();
            }
            else
            {
                _writer.Line($"case {qualified}.{c.Member}:");
                _writer.Line($"    return {Val}.Variant({Utf8(c.WitName)});");
            }
        }

        _writer.Line("case null:");
        _writer.Line($"    throw {_helpers}.NullValue({where}, \"variant {variant.WitName}\");");
        _writer.Line("default:");
        _writer.Line($"    throw {_helpers}.UnknownCase({where}, \"variant {variant.WitName}\", {value}.GetType().Name);");
        _writer.CloseBlock();
    }

    private void LowerEnum(EnumMarshal @enum, string qualified, string value, string where)
    {
        _writer.OpenBlock($"switch ({value})");
        foreach (var c in @enum.Cases)
        {
            _writer.Line($"case {qualified}.{c.Member}:");
            _writer.Line($"    return {Val}.Enum({Utf8(c.WitName)});");
        }

        _writer.Line("default:");
        _writer.Line($"    throw {_helpers}.UnknownCase({where}, \"enum {@enum.WitName}\", {value}.ToString());");
        _writer.CloseBlock();
    }

    private void LowerFlags(HostValueCode code, FlagsMarshal flags, string qualified, string value, string where)
    {
        var (bits, val, n) = (code.Local("bits"), code.Local("flags"), code.Local("n"));
        var mask = (flags.Flags.Count == 64 ? ulong.MaxValue : (1UL << flags.Flags.Count) - 1).ToString("X", CultureInfo.InvariantCulture);
        _writer.Line($"var {bits} = (ulong){value};");
        _writer.Line($"if (({bits} & ~0x{mask}UL) != 0)");
        _writer.Line("{");
        _writer.Line($"    throw {_helpers}.UnknownFlags({where}, \"flags {flags.WitName}\", {bits}, 0x{mask}UL);");
        _writer.Line("}");
        _writer.Line();
        _writer.Line($"var {val} = {Val}.NewFlags(global::System.Numerics.BitOperations.PopCount({bits}));");
        _writer.Line($"var {n} = 0;");
        foreach (var flag in flags.Flags)
        {
            _writer.Line($"if (({value} & {qualified}.{flag.Member}) != 0)");
            _writer.Line("{");
            _writer.Line($"    {val}.SetFlag({n}++, {Utf8(flag.WitName)});");
            _writer.Line("}");
            _writer.Line();
        }

        _writer.Line($"return {val};");
    }

    private void OpenScope()
    {
        _writer.Line("{");
        _writer.Indent();
    }

    private void WriteDisposeOnFailure(string local)
    {
        _writer.OpenBlock("catch");
        _writer.Line($"{local}.Dispose();");
        _writer.Line("throw;");
        _writer.CloseBlock();
        _writer.Line();
    }
}
