using System.Globalization;
using WitBindgen.CodeGen.Context;
using WitBindgen.CodeGen.Mapping;
using WitBindgen.CodeGen.Naming;
using WitBindgen.Wit.Model;
using WitBindgen.Wit.Syntax;

namespace WitBindgen.CodeGen.Emit.Host;

/// <summary>
/// Writes the statements that lower a C# value into a native <c>ComponentVal</c> slot (an argument span
/// element, a list item, a local), checking on the way what cannot cross: null where WIT has no null, flags
/// bits WIT does not define, fixed-length lists of the wrong length, strings with unpaired surrogates.
/// </summary>
/// <remarks>
/// Declared types (records, variants, enums, flags) are lowered by a call to their method in the world's
/// marshal class; anonymous types are written inline. Every composite that allocates is disposed when a
/// nested lowering throws, so a rejected value leaks nothing.
/// </remarks>
internal sealed class LoweringWriter
{
    private readonly CodeGenContext _context;
    private readonly IndentedWriter _writer;
    private readonly NameScope _locals;
    private readonly MarshalPlan _marshal;

    public LoweringWriter(CodeGenContext context, MarshalPlan marshal, IndentedWriter writer, NameScope locals)
    {
        _context = context;
        _marshal = marshal;
        _writer = writer;
        _locals = locals;
    }

    /// <summary>Writes statements that store <paramref name="value"/> lowered into <paramref name="target"/>.</summary>
    /// <param name="type">The WIT type.</param>
    /// <param name="value">A C# expression of the mapped type; evaluated once.</param>
    /// <param name="target">An assignable <c>ComponentVal</c> expression.</param>
    /// <param name="where">A C# string expression naming the function and parameter, for error messages.</param>
    /// <param name="asOptionStruct">The value is an option directly inside an option, so it is a <c>WitBindgen.Option&lt;T&gt;</c>.</param>
    public void Lower(WitType type, string value, string target, string where, bool asOptionStruct = false)
    {
        var unaliased = _context.Model.Unalias(type);
        if (unaliased.Primitive is { } primitive)
        {
            _writer.Line($"{target} = {LowerPrimitive(primitive, value, where)};");
            return;
        }

        if (HostResources.TryGetHandle(_context.Model, unaliased, out var resource, out var owned))
        {
            _writer.Line($"{target} = {_marshal.LowerResource(resource, owned, value, where)};");
            return;
        }

        if (_context.IsDeclared(unaliased.Id))
        {
            _writer.Line($"{target} = {_marshal.LowerMethod(unaliased.Id)}({value}, {where});");
            return;
        }

        var def = _context.Model[unaliased.Id];
        switch (def.Kind)
        {
            case ListKind { Element.Primitive: PrimitiveKind.U8 }:
                _writer.Line($"{target} = {_marshal.Helpers}.LowerBytes({value}, {where});");
                break;
            case ListKind list:
                LowerList(list.Element, null, value, target, where);
                break;
            case FixedLengthListKind fixedList:
                LowerList(fixedList.Element, fixedList.Length, value, target, where);
                break;
            case TupleKind tuple:
                LowerTuple(tuple, value, target, where);
                break;
            case OptionKind option:
                LowerOption(option, value, target, where, asOptionStruct);
                break;
            case ResultKind result:
                LowerResult(result, value, target, where);
                break;
            case MapKind map:
                LowerMap(map, value, target, where);
                break;
            default:
                throw new InvalidOperationException($"no host lowering for WIT {HostTypeFacts.Describe(_context.Model, type)}");
        }
    }

    /// <summary>Writes the body of a declared type's lowering method: <c>value</c> and <c>where</c> are its parameters.</summary>
    public void LowerDeclaredBody(TypeId id, string value, string where)
    {
        var def = _context.Model[id];
        var qualified = _context.QualifiedTypeName(id);
        switch (def.Kind)
        {
            case RecordKind record:
                LowerRecord(record, _context.Members.Of(id), value, where, def.Name!);
                break;
            case VariantKind variant:
                LowerVariant(variant, qualified, _context.Members.Of(id), value, where, def.Name!);
                break;
            case EnumKind @enum:
                LowerEnum(@enum, qualified, _context.Members.Of(id), value, where, def.Name!);
                break;
            case FlagsKind flags:
                LowerFlags(flags, qualified, _context.Members.Of(id), value, where, def.Name!);
                break;
            default:
                throw new InvalidOperationException($"type `{def.Name}` is not lowered by a method");
        }
    }

    private string LowerPrimitive(PrimitiveKind primitive, string value, string where) => primitive switch
    {
        PrimitiveKind.Bool => $"{HostTypeFacts.Val}.Bool({value})",
        PrimitiveKind.S8 => $"{HostTypeFacts.Val}.S8({value})",
        PrimitiveKind.U8 => $"{HostTypeFacts.Val}.U8({value})",
        PrimitiveKind.S16 => $"{HostTypeFacts.Val}.S16({value})",
        PrimitiveKind.U16 => $"{HostTypeFacts.Val}.U16({value})",
        PrimitiveKind.S32 => $"{HostTypeFacts.Val}.S32({value})",
        PrimitiveKind.U32 => $"{HostTypeFacts.Val}.U32({value})",
        PrimitiveKind.S64 => $"{HostTypeFacts.Val}.S64({value})",
        PrimitiveKind.U64 => $"{HostTypeFacts.Val}.U64({value})",
        PrimitiveKind.F32 => $"{HostTypeFacts.Val}.F32({value})",
        PrimitiveKind.F64 => $"{HostTypeFacts.Val}.F64({value})",
        PrimitiveKind.Char => $"{HostTypeFacts.Val}.Char({value})",
        PrimitiveKind.String => $"{_marshal.Helpers}.LowerString({value}, {where})",
        _ => throw new InvalidOperationException($"no host lowering for WIT {primitive}"),
    };

    private void LowerList(WitType element, uint? length, string value, string target, string where)
    {
        var source = _locals.Claim("source");
        var list = _locals.Claim("list");
        var items = _locals.Claim("items");
        var i = _locals.Claim("i");
        OpenScope();
        _writer.Line($"var {source} = {value} ?? throw {_marshal.Helpers}.NullValue({where}, \"list\");");
        if (length is { } n)
        {
            var count = n.ToString(CultureInfo.InvariantCulture);
            _writer.Line($"{_marshal.Helpers}.CheckLength({source}.Length, {count}, {where});");
        }

        _writer.Line($"var {list} = {HostTypeFacts.Val}.NewList({source}.Length);");
        _writer.OpenBlock("try");
        _writer.Line($"var {items} = {list}.GetListItems();");
        _writer.OpenBlock($"for (var {i} = 0; {i} < {source}.Length; {i}++)");
        Lower(element, $"{source}[{i}]", $"{items}[{i}]", where);
        _writer.CloseBlock();
        _writer.CloseBlock();
        WriteDisposeOnFailure(list);
        _writer.Line($"{target} = {list};");
        _writer.CloseBlock();
    }

    private void LowerTuple(TupleKind tuple, string value, string target, string where)
    {
        var source = _locals.Claim("tuple");
        var val = _locals.Claim("tupleVal");
        var items = _locals.Claim("items");
        var count = tuple.Types.Count.ToString(CultureInfo.InvariantCulture);
        OpenScope();
        _writer.Line($"var {source} = {value};");
        _writer.Line($"var {val} = {HostTypeFacts.Val}.NewTuple({count});");
        _writer.OpenBlock("try");
        if (tuple.Types.Count > 0)
        {
            _writer.Line($"var {items} = {val}.GetTupleItems();");
        }

        for (var k = 0; k < tuple.Types.Count; k++)
        {
            var index = k.ToString(CultureInfo.InvariantCulture);
            Lower(tuple.Types[k], $"{source}.Item{(k + 1).ToString(CultureInfo.InvariantCulture)}", $"{items}[{index}]", where);
        }

        _writer.CloseBlock();
        WriteDisposeOnFailure(val);
        _writer.Line($"{target} = {val};");
        _writer.CloseBlock();
    }

    private void LowerOption(OptionKind option, string value, string target, string where, bool asOptionStruct)
    {
        var source = _locals.Claim("option");
        var payload = _locals.Claim("payload");
        var innerIsOption = HostTypeFacts.IsOption(_context.Model, option.Element, out _);
        string hasValue;
        string inner;
        if (asOptionStruct)
        {
            hasValue = $"{source}.HasValue";
            inner = $"{source}.Value";
        }
        else if (HostTypeFacts.IsValueType(_context, option.Element) || innerIsOption)
        {
            hasValue = $"{source}.HasValue";
            inner = $"{source}.Value";
        }
        else
        {
            hasValue = $"{source} is not null";
            inner = source;
        }

        OpenScope();
        _writer.Line($"var {source} = {value};");
        _writer.OpenBlock($"if ({hasValue})");
        _writer.Line($"var {payload} = default({HostTypeFacts.Val});");
        Lower(option.Element, inner, payload, where, innerIsOption);
        _writer.Line($"{target} = {HostTypeFacts.Val}.Some({payload});");
        _writer.CloseBlock();
        _writer.OpenBlock("else");
        _writer.Line($"{target} = {HostTypeFacts.Val}.None();");
        _writer.CloseBlock();
        _writer.CloseBlock();
    }

    private void LowerResult(ResultKind result, string value, string target, string where)
    {
        var source = _locals.Claim("result");
        OpenScope();
        _writer.Line($"var {source} = {value};");
        _writer.OpenBlock($"if ({source}.IsOk)");
        LowerResultSide(result.Ok, $"{source}.Value", target, "Ok", where);
        _writer.CloseBlock();
        _writer.OpenBlock("else");
        LowerResultSide(result.Err, $"{source}.Error", target, "Err", where);
        _writer.CloseBlock();
        _writer.CloseBlock();
    }

    private void LowerResultSide(WitType? side, string value, string target, string factory, string where)
    {
        if (side is not { } type)
        {
            _writer.Line($"{target} = {HostTypeFacts.Val}.{factory}();");
            return;
        }

        var payload = _locals.Claim("payload");
        _writer.Line($"var {payload} = default({HostTypeFacts.Val});");
        Lower(type, value, payload, where);
        _writer.Line($"{target} = {HostTypeFacts.Val}.{factory}({payload});");
    }

    private void LowerMap(MapKind map, string value, string target, string where)
    {
        var source = _locals.Claim("source");
        var val = _locals.Claim("map");
        var entries = _locals.Claim("entries");
        var i = _locals.Claim("i");
        var entry = _locals.Claim("entry");
        OpenScope();
        _writer.Line($"var {source} = {value} ?? throw {_marshal.Helpers}.NullValue({where}, \"map\");");
        _writer.Line($"var {val} = {HostTypeFacts.Val}.NewMap({source}.Count);");
        _writer.OpenBlock("try");
        _writer.Line($"var {entries} = {val}.GetMapEntries();");
        _writer.Line($"var {i} = 0;");
        _writer.OpenBlock($"foreach (var {entry} in {source})");
        Lower(map.Key, $"{entry}.Key", $"{entries}[{i}].Key", where);
        Lower(map.Value, $"{entry}.Value", $"{entries}[{i}].Value", where);
        _writer.Line($"{i}++;");
        _writer.CloseBlock();
        _writer.CloseBlock();
        WriteDisposeOnFailure(val);
        _writer.Line($"{target} = {val};");
        _writer.CloseBlock();
    }

    private void LowerRecord(RecordKind record, IReadOnlyList<string> properties, string value, string where, string witName)
    {
        var rec = _locals.Claim("record");
        var field = _locals.Claim("field");
        var count = record.Fields.Count.ToString(CultureInfo.InvariantCulture);
        _writer.Line($"if ({value} is null)");
        _writer.Line("{");
        _writer.Line($"    throw {_marshal.Helpers}.NullValue({where}, \"record {witName}\");");
        _writer.Line("}");
        _writer.Line();
        _writer.Line($"var {rec} = {HostTypeFacts.Val}.NewRecord({count});");
        _writer.OpenBlock("try");
        for (var k = 0; k < record.Fields.Count; k++)
        {
            var f = record.Fields[k];
            var local = k == 0 ? $"var {field}" : field;
            _writer.Line($"{local} = default({HostTypeFacts.Val});");
            Lower(f.Type, $"{value}.{properties[k]}", field, where);
            _writer.Line($"{rec}.SetRecordField({k.ToString(CultureInfo.InvariantCulture)}, {Utf8(f.Name)}, {field});");
        }

        _writer.CloseBlock();
        WriteDisposeOnFailure(rec);
        _writer.Line($"return {rec};");
    }

    private void LowerVariant(VariantKind variant, string qualified, IReadOnlyList<string> cases, string value, string where, string witName)
    {
        _writer.OpenBlock($"switch ({value})");
        for (var k = 0; k < variant.Cases.Count; k++)
        {
            var c = variant.Cases[k];
            if (c.Type is { } type)
            {
                var caseLocal = _locals.Claim("case" + cases[k]);
                var payload = _locals.Claim("payload");
                _writer.OpenBlock($"case {qualified}.{cases[k]} {caseLocal}:");
                _writer.Line($"var {payload} = default({HostTypeFacts.Val});");
                Lower(type, $"{caseLocal}.{DeclaredMemberPlan.PayloadProperty}", payload, where);
                _writer.Line($"return {HostTypeFacts.Val}.Variant({Utf8(c.Name)}, {payload});");
                _writer.CloseBlock();
            }
            else
            {
                _writer.Line($"case {qualified}.{cases[k]}:");
                _writer.Line($"    return {HostTypeFacts.Val}.Variant({Utf8(c.Name)});");
            }
        }

        _writer.Line("case null:");
        _writer.Line($"    throw {_marshal.Helpers}.NullValue({where}, \"variant {witName}\");");
        _writer.Line("default:");
        _writer.Line($"    throw {_marshal.Helpers}.UnknownCase({where}, \"variant {witName}\", {value}.GetType().Name);");
        _writer.CloseBlock();
    }

    private void LowerEnum(EnumKind @enum, string qualified, IReadOnlyList<string> members, string value, string where, string witName)
    {
        _writer.OpenBlock($"switch ({value})");
        for (var k = 0; k < @enum.Cases.Count; k++)
        {
            _writer.Line($"case {qualified}.{members[k]}:");
            _writer.Line($"    return {HostTypeFacts.Val}.Enum({Utf8(@enum.Cases[k].Name)});");
        }

        _writer.Line("default:");
        _writer.Line($"    throw {_marshal.Helpers}.UnknownCase({where}, \"enum {witName}\", {value}.ToString());");
        _writer.CloseBlock();
    }

    private void LowerFlags(FlagsKind flags, string qualified, IReadOnlyList<string> members, string value, string where, string witName)
    {
        var bits = _locals.Claim("bits");
        var val = _locals.Claim("flags");
        var n = _locals.Claim("n");
        var mask = flags.Flags.Count == 64 ? ulong.MaxValue : (1UL << flags.Flags.Count) - 1;
        _writer.Line($"var {bits} = (ulong){value};");
        _writer.Line($"if (({bits} & ~0x{mask.ToString("X", CultureInfo.InvariantCulture)}UL) != 0)");
        _writer.Line("{");
        _writer.Line($"    throw {_marshal.Helpers}.UnknownFlags({where}, \"flags {witName}\", {bits}, 0x{mask.ToString("X", CultureInfo.InvariantCulture)}UL);");
        _writer.Line("}");
        _writer.Line();
        _writer.Line($"var {val} = {HostTypeFacts.Val}.NewFlags(global::System.Numerics.BitOperations.PopCount({bits}));");
        _writer.Line($"var {n} = 0;");
        for (var k = 0; k < flags.Flags.Count; k++)
        {
            _writer.Line($"if (({value} & {qualified}.{members[k]}) != 0)");
            _writer.Line("{");
            _writer.Line($"    {val}.SetFlag({n}++, {Utf8(flags.Flags[k].Name)});");
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

    /// <summary>A UTF-8 literal for a WIT name (<c>"field-name"u8</c>); WIT names are ASCII.</summary>
    public static string Utf8(string witName) => "\"" + witName + "\"u8";
}
