using System.Globalization;
using WitBindgen.CodeGen.Context;
using WitBindgen.CodeGen.Mapping;
using WitBindgen.CodeGen.Naming;
using WitBindgen.Wit.Model;
using WitBindgen.Wit.Syntax;

namespace WitBindgen.CodeGen.Emit.Host;

/// <summary>
/// Writes the code that lifts a native <c>ComponentVal</c> (a call result, a host function argument, a nested
/// item) into its C# value, reading the native storage directly: strings and byte lists are decoded once,
/// nothing else is allocated beyond the C# values themselves.
/// </summary>
/// <remarks>
/// <see cref="Lift"/> returns a C# expression; composites first write statements that build a local, so the
/// expression is that local. Declared types are lifted by their marshal method.
/// </remarks>
internal sealed class LiftingWriter
{
    private readonly CodeGenContext _context;
    private readonly IndentedWriter _writer;
    private readonly NameScope _locals;
    private readonly MarshalPlan _marshal;

    public LiftingWriter(CodeGenContext context, MarshalPlan marshal, IndentedWriter writer, NameScope locals)
    {
        _context = context;
        _marshal = marshal;
        _writer = writer;
        _locals = locals;
    }

    /// <summary>Writes any statements needed and returns the C# expression of the lifted value.</summary>
    /// <param name="type">The WIT type.</param>
    /// <param name="source">A C# expression of type <c>ComponentVal</c> (may be evaluated more than once).</param>
    /// <param name="asOptionStruct">The value is an option directly inside an option, so it becomes a <c>WitBindgen.Option&lt;T&gt;</c>.</param>
    public string Lift(WitType type, string source, bool asOptionStruct = false)
    {
        var unaliased = _context.Model.Unalias(type);
        if (unaliased.Primitive is { } primitive)
        {
            return LiftPrimitive(primitive, source);
        }

        if (HostResources.TryGetHandle(_context.Model, unaliased, out var resource, out _))
        {
            return _marshal.LiftResource(resource, source);
        }

        if (_context.IsDeclared(unaliased.Id))
        {
            return $"{_marshal.LiftMethod(unaliased.Id)}({source})";
        }

        var def = _context.Model[unaliased.Id];
        return def.Kind switch
        {
            ListKind { Element.Primitive: PrimitiveKind.U8 } => $"{source}.GetBytes()",
            FixedLengthListKind { Element.Primitive: PrimitiveKind.U8 } => $"{source}.GetBytes()",
            ListKind list => LiftList(list.Element, source),
            FixedLengthListKind fixedList => LiftList(fixedList.Element, source),
            TupleKind tuple => LiftTuple(tuple, source),
            OptionKind option => LiftOption(type, option, source, asOptionStruct),
            ResultKind result => LiftResult(type, result, source),
            MapKind map => LiftMap(type, map, source),
            _ => throw new InvalidOperationException($"no host lifting for WIT {HostTypeFacts.Describe(_context.Model, type)}"),
        };
    }

    /// <summary>Writes the body of a declared type's lifting method, whose parameter is <c>value</c>.</summary>
    public void LiftDeclaredBody(TypeId id, string value)
    {
        var def = _context.Model[id];
        var qualified = _context.QualifiedTypeName(id);
        switch (def.Kind)
        {
            case RecordKind record:
                LiftRecord(record, qualified, _context.Members.Of(id), value);
                break;
            case VariantKind variant:
                LiftVariant(variant, qualified, _context.Members.Of(id), value, def.Name!);
                break;
            case EnumKind @enum:
                LiftEnum(@enum, qualified, _context.Members.Of(id), value, def.Name!);
                break;
            case FlagsKind flags:
                LiftFlags(flags, qualified, _context.Members.Of(id), value);
                break;
            default:
                throw new InvalidOperationException($"type `{def.Name}` is not lifted by a method");
        }
    }

    private static string LiftPrimitive(PrimitiveKind primitive, string source) => primitive switch
    {
        PrimitiveKind.Bool => $"{source}.GetBool()",
        PrimitiveKind.S8 => $"{source}.GetS8()",
        PrimitiveKind.U8 => $"{source}.GetU8()",
        PrimitiveKind.S16 => $"{source}.GetS16()",
        PrimitiveKind.U16 => $"{source}.GetU16()",
        PrimitiveKind.S32 => $"{source}.GetS32()",
        PrimitiveKind.U32 => $"{source}.GetU32()",
        PrimitiveKind.S64 => $"{source}.GetS64()",
        PrimitiveKind.U64 => $"{source}.GetU64()",
        PrimitiveKind.F32 => $"{source}.GetF32()",
        PrimitiveKind.F64 => $"{source}.GetF64()",
        PrimitiveKind.Char => $"{source}.GetChar()",
        PrimitiveKind.String => $"{source}.GetString()",
        _ => throw new InvalidOperationException($"no host lifting for WIT {primitive}"),
    };

    private string LiftList(WitType element, string source)
    {
        var items = _locals.Claim("items");
        var array = _locals.Claim("array");
        var i = _locals.Claim("i");
        var elementType = _context.Types.Map(element);
        _writer.Line($"var {items} = {source}.GetList();");
        _writer.Line($"var {array} = {_marshal.Helpers}.NewArray<{elementType}>({items}.Length);");
        _writer.OpenBlock($"for (var {i} = 0; {i} < {items}.Length; {i}++)");
        var item = Lift(element, $"{items}[{i}]");
        _writer.Line($"{array}[{i}] = {item};");
        _writer.CloseBlock();
        _writer.Line();
        return array;
    }

    private string LiftTuple(TupleKind tuple, string source)
    {
        if (tuple.Types.Count == 0)
        {
            return "default(global::System.ValueTuple)";
        }

        var items = _locals.Claim("items");
        _writer.Line($"var {items} = {source}.GetTupleItems();");
        var parts = new List<string>();
        for (var k = 0; k < tuple.Types.Count; k++)
        {
            var part = Lift(tuple.Types[k], $"{items}[{k.ToString(CultureInfo.InvariantCulture)}]");
            if (tuple.Types.Count > 1 && !IsSimpleExpression(part))
            {
                var local = _locals.Claim("item");
                _writer.Line($"var {local} = {part};");
                part = local;
            }

            parts.Add(part);
        }

        return tuple.Types.Count == 1
            ? $"new global::System.ValueTuple<{_context.Types.Map(tuple.Types[0])}>({parts[0]})"
            : "(" + string.Join(", ", parts) + ")";
    }

    private string LiftOption(WitType type, OptionKind option, string source, bool asOptionStruct)
    {
        var innerIsOption = HostTypeFacts.IsOption(_context.Model, option.Element, out _);
        var result = _locals.Claim("option");
        string declaredType;
        string none;
        if (asOptionStruct)
        {
            var payloadType = innerIsOption ? InnerOptionType(option.Element) : _context.Types.Map(option.Element);
            declaredType = $"global::WitBindgen.Option<{payloadType}>";
            none = "default";
        }
        else
        {
            declaredType = _context.Types.Map(type);
            none = "null";
        }

        _writer.Line($"{declaredType} {result} = {none};");
        _writer.OpenBlock($"if ({source}.IsSome)");
        var payload = Lift(option.Element, $"{source}.GetPayload()", innerIsOption);
        _writer.Line(asOptionStruct ? $"{result} = {declaredType}.Some({payload});" : $"{result} = {payload};");
        _writer.CloseBlock();
        _writer.Line();
        return result;
    }

    // The C# type of an option nested in an option: Option<T>, recursively.
    private string InnerOptionType(WitType optionType)
    {
        HostTypeFacts.IsOption(_context.Model, optionType, out var element);
        return HostTypeFacts.IsOption(_context.Model, element, out _)
            ? $"global::WitBindgen.Option<{InnerOptionType(element)}>"
            : $"global::WitBindgen.Option<{_context.Types.Map(element)}>";
    }

    private string LiftResult(WitType type, ResultKind result, string source)
    {
        var csharp = _context.Types.Map(type);
        var local = _locals.Claim("result");
        _writer.Line($"{csharp} {local};");
        _writer.OpenBlock($"if ({source}.IsOk)");
        _writer.Line($"{local} = {csharp}.Ok({LiftSide(result.Ok, source)});");
        _writer.CloseBlock();
        _writer.OpenBlock("else");
        _writer.Line($"{local} = {csharp}.Err({LiftSide(result.Err, source)});");
        _writer.CloseBlock();
        _writer.Line();
        return local;
    }

    private string LiftSide(WitType? side, string source) =>
        side is { } type ? Lift(type, $"{source}.GetPayload()") : "default(global::WitBindgen.Unit)";

    private string LiftMap(WitType type, MapKind map, string source)
    {
        var entries = _locals.Claim("entries");
        var dictionary = _locals.Claim("dictionary");
        var i = _locals.Claim("i");
        _writer.Line($"var {entries} = {source}.GetMapEntries();");
        _writer.Line($"var {dictionary} = new global::System.Collections.Generic.Dictionary<{_context.Types.Map(map.Key)}, {_context.Types.Map(map.Value)}>({entries}.Length);");
        _writer.OpenBlock($"for (var {i} = 0; {i} < {entries}.Length; {i}++)");
        var key = Lift(map.Key, $"{entries}[{i}].Key");
        var value = Lift(map.Value, $"{entries}[{i}].Value");
        _writer.Line($"{dictionary}[{key}] = {value};");
        _writer.CloseBlock();
        _writer.Line();
        return dictionary;
    }

    private void LiftRecord(RecordKind record, string qualified, IReadOnlyList<string> properties, string value)
    {
        var fields = _locals.Claim("fields");
        _writer.Line($"var {fields} = {value}.GetRecordFields();");
        var arguments = new List<string>();
        for (var k = 0; k < record.Fields.Count; k++)
        {
            var part = Lift(record.Fields[k].Type, $"{fields}[{k.ToString(CultureInfo.InvariantCulture)}].Value");
            if (!IsSimpleExpression(part))
            {
                var local = _locals.Claim(CSharpNames.ToCamelCase(record.Fields[k].Name).TrimStart('@'));
                _writer.Line($"var {local} = {part};");
                part = local;
            }

            arguments.Add(part);
        }

        _writer.Line($"return new {qualified}({string.Join(", ", arguments)});");
        _ = properties;
    }

    private void LiftVariant(VariantKind variant, string qualified, IReadOnlyList<string> cases, string value, string witName)
    {
        var name = _locals.Claim("name");
        _writer.Line($"var {name} = {value}.GetCaseName();");
        for (var k = 0; k < variant.Cases.Count; k++)
        {
            var c = variant.Cases[k];
            _writer.OpenBlock($"if ({name}.Is({LoweringWriter.Utf8(c.Name)}))");
            var payload = c.Type is { } type ? Lift(type, $"{value}.GetPayload()") : string.Empty;
            _writer.Line($"return new {qualified}.{cases[k]}({payload});");
            _writer.CloseBlock();
            _writer.Line();
        }

        _writer.Line($"throw {_marshal.Helpers}.UnexpectedCase(\"variant {witName}\", {name}.ToString());");
    }

    private void LiftEnum(EnumKind @enum, string qualified, IReadOnlyList<string> members, string value, string witName)
    {
        var name = _locals.Claim("name");
        _writer.Line($"var {name} = {value}.GetCaseName();");
        for (var k = 0; k < @enum.Cases.Count; k++)
        {
            _writer.Line($"if ({name}.Is({LoweringWriter.Utf8(@enum.Cases[k].Name)}))");
            _writer.Line("{");
            _writer.Line($"    return {qualified}.{members[k]};");
            _writer.Line("}");
            _writer.Line();
        }

        _writer.Line($"throw {_marshal.Helpers}.UnexpectedCase(\"enum {witName}\", {name}.ToString());");
    }

    private void LiftFlags(FlagsKind flags, string qualified, IReadOnlyList<string> members, string value)
    {
        var result = _locals.Claim("result");
        var names = _locals.Claim("names");
        var i = _locals.Claim("i");
        var name = _locals.Claim("name");
        _writer.Line($"var {result} = {qualified}.{DeclaredMemberPlan.NoneMember};");
        _writer.Line($"var {names} = {value}.GetFlags();");

        // An index loop, not foreach: span enumerators are interfaces on newer frameworks, a C# 13 feature.
        _writer.OpenBlock($"for (var {i} = 0; {i} < {names}.Length; {i}++)");
        _writer.Line($"var {name} = {names}[{i}];");
        for (var k = 0; k < flags.Flags.Count; k++)
        {
            _writer.Line($"{(k == 0 ? "if" : "else if")} ({name}.Is({LoweringWriter.Utf8(flags.Flags[k].Name)}))");
            _writer.Line("{");
            _writer.Line($"    {result} |= {qualified}.{members[k]};");
            _writer.Line("}");
        }

        _writer.CloseBlock();
        _writer.Line();
        _writer.Line($"return {result};");
    }

    // Expressions that are safe to evaluate in any order and cheap to inline into a constructor call.
    private static bool IsSimpleExpression(string expression) => expression.EndsWith(")", StringComparison.Ordinal) || CSharpNames.IsIdentifier(expression);
}
