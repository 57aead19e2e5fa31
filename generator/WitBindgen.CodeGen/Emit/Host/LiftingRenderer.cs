using System.Globalization;
using WitBindgen.CodeGen.Context.Marshal;
using WitBindgen.CodeGen.Mapping;
using WitBindgen.CodeGen.Naming;
using WitBindgen.Wit.Syntax;

namespace WitBindgen.CodeGen.Emit.Host;

/// <summary>
/// Writes the code that lifts a native <c>ComponentVal</c> (a call result, a host function argument, a nested item)
/// into its C# value as its <see cref="HostValueCode"/> plans it, reading the native storage directly: strings and
/// byte lists are decoded once, nothing else is allocated beyond the C# values themselves.
/// </summary>
/// <remarks>
/// <see cref="Lift"/> returns a C# expression; composites first write statements that build a local, so the
/// expression is that local. Declared types are lifted by their marshal method.
/// </remarks>
internal sealed class LiftingRenderer
{
    private readonly IndentedWriter _writer;
    private readonly string _helpers;

    public LiftingRenderer(IndentedWriter writer, MarshalPlan marshal)
    {
        _writer = writer;
        _helpers = marshal.Helpers;
    }

    /// <summary>Writes any statements needed and returns the C# expression of the lifted value.</summary>
    /// <param name="code">The planned code.</param>
    /// <param name="source">A C# expression of type <c>ComponentVal</c> (may be evaluated more than once).</param>
    public string Lift(HostValueCode code, string source) => code.Type switch
    {
        PrimitiveMarshal primitive => $"{source}.Get{Getter(primitive.Kind)}()",
        StringMarshal => $"{source}.GetString()",
        HandleMarshal handle => LiftResource(code, handle, source),
        RecordMarshal or VariantMarshal or EnumMarshal or FlagsMarshal => $"{code.Helper}({source})",
        ListMarshal { IsBytes: true } or FixedListMarshal { Element: PrimitiveMarshal { Kind: PrimitiveKind.U8 } } => $"{source}.GetBytes()",
        ListMarshal or FixedListMarshal => LiftList(code, source),
        TupleMarshal tuple => LiftTuple(code, tuple, source),
        OptionMarshal option => LiftOption(code, option, source),
        ResultMarshal result => LiftResult(code, result, source),
        MapMarshal map => LiftMap(code, map, source),
        _ => throw new InvalidOperationException($"no host lifting for WIT {code.Type.Facts.Label}"),
    };

    /// <summary>Writes the body of a declared type's lifting method, whose parameter is <c>value</c>.</summary>
    public void LiftBody(MarshalHelper method)
    {
        var code = method.Body;
        switch (code.Type)
        {
            case RecordMarshal:
                LiftRecord(code, method.TypeName, "value");
                break;
            case VariantMarshal variant:
                LiftVariant(code, variant, method.TypeName, "value");
                break;
            case EnumMarshal @enum:
                LiftEnum(code, @enum, method.TypeName, "value");
                break;
            case FlagsMarshal flags:
                LiftFlags(code, flags, method.TypeName, "value");
                break;
            default:
                throw new InvalidOperationException($"WIT {code.Type.Facts.Label} is not lifted by a method");
        }
    }

    private static string Getter(PrimitiveKind primitive) => primitive switch
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
        _ => throw new InvalidOperationException($"no host lifting for WIT {primitive}"),
    };

    private static string LiftResource(HostValueCode code, HandleMarshal handle, string source)
    {
        var where = $"\"a `{handle.ResourceName}` handle\"";
        return code.Role switch
        {
            HostResourceRole.Host => $"{code.Helper}.Lift<{handle.ResourceClass}>({source}, {where})",
            HostResourceRole.Guest => $"new {handle.ResourceClass}({code.Helper}(), {HostResources.RuntimeResourceType}.Lift({source}, {where}))",
            _ => $"{HostResources.RuntimeResourceType}.Lift({source}, {where})",
        };
    }

    private string LiftList(HostValueCode code, string source)
    {
        var (items, array, i) = (code.Local("items"), code.Local("array"), code.Local("i"));
        var element = code.Parts[0];
        _writer.Line($"var {items} = {source}.GetList();");
        _writer.Line($"var {array} = {_helpers}.NewArray<{element.Type.CSharpType}>({items}.Length);");
        _writer.OpenBlock($"for (var {i} = 0; {i} < {items}.Length; {i}++)");
        var item = Lift(element, $"{items}[{i}]");
        _writer.Line($"{array}[{i}] = {item};");
        _writer.CloseBlock();
        _writer.Line();
        return array;
    }

    private string LiftTuple(HostValueCode code, TupleMarshal tuple, string source)
    {
        if (tuple.Items.Count == 0)
        {
            return "default(global::System.ValueTuple)";
        }

        var items = code.Local("items");
        _writer.Line($"var {items} = {source}.GetTupleItems();");
        var parts = code.Parts.Select((part, k) => Lift(part, $"{items}[{k.ToString(CultureInfo.InvariantCulture)}]")).ToList();
        return tuple.Items.Count == 1
            ? $"new global::System.ValueTuple<{tuple.Items[0].Type.CSharpType}>({parts[0]})"
            : "(" + string.Join(", ", parts) + ")";
    }

    private string LiftOption(HostValueCode code, OptionMarshal option, string source)
    {
        var result = code.Local("option");
        _writer.Line($"{option.CSharpType} {result} = {(option.IsOptionStruct ? "default" : "null")};");
        _writer.OpenBlock($"if ({source}.IsSome)");
        var payload = Lift(code.Parts[0], $"{source}.GetPayload()");
        _writer.Line(option.IsOptionStruct ? $"{result} = {option.CSharpType}.Some({payload});" : $"{result} = {payload};");
        _writer.CloseBlock();
        _writer.Line();
        return result;
    }

    private string LiftResult(HostValueCode code, ResultMarshal result, string source)
    {
        var csharp = result.CSharpType;
        var local = code.Local("result");
        var part = 0;
        _writer.Line($"{csharp} {local};");
        _writer.OpenBlock($"if ({source}.IsOk)");
        _writer.Line($"{local} = {csharp}.Ok({LiftSide(code, result.Ok, ref part, source)});");
        _writer.CloseBlock();
        _writer.OpenBlock("else");
        _writer.Line($"{local} = {csharp}.Err({LiftSide(code, result.Err, ref part, source)});");
        _writer.CloseBlock();
        _writer.Line();
        return local;
    }

    private string LiftSide(HostValueCode code, MarshalType? side, ref int part, string source) =>
        side is null ? "default(global::WitBindgen.Unit)" : Lift(code.Parts[part++], $"{source}.GetPayload()");

    private string LiftMap(HostValueCode code, MapMarshal map, string source)
    {
        var (entries, dictionary, i) = (code.Local("entries"), code.Local("dictionary"), code.Local("i"));
        _writer.Line($"var {entries} = {source}.GetMapEntries();");
        _writer.Line($"var {dictionary} = new global::System.Collections.Generic.Dictionary<{map.KeyType.CSharpType}, {map.ValueType.CSharpType}>({entries}.Length);");
        _writer.OpenBlock($"for (var {i} = 0; {i} < {entries}.Length; {i}++)");
        var key = Lift(code.Parts[0], $"{entries}[{i}].Key");
        var value = Lift(code.Parts[1], $"{entries}[{i}].Value");
        _writer.Line($"{dictionary}[{key}] = {value};");
        _writer.CloseBlock();
        _writer.Line();
        return dictionary;
    }

    private void LiftRecord(HostValueCode code, string qualified, string value)
    {
        var fields = code.Local("fields");
        _writer.Line($"var {fields} = {value}.GetRecordFields();");
        var arguments = code.Parts.Select((part, k) => Lift(part, $"{fields}[{k.ToString(CultureInfo.InvariantCulture)}].Value")).ToList();
        _writer.Line($"return new {qualified}({string.Join(", ", arguments)});");
    }

    private void LiftVariant(HostValueCode code, VariantMarshal variant, string qualified, string value)
    {
        var name = code.Local("name");
        var part = 0;
        _writer.Line($"var {name} = {value}.GetCaseName();");
        foreach (var c in variant.Cases)
        {
            _writer.OpenBlock($"if ({name}.Is({LoweringRenderer.Utf8(c.WitName)}))");
            var payload = c.Payload is not null ? Lift(code.Parts[part++], $"{value}.GetPayload()") : string.Empty;
            _writer.Line($"return new {qualified}.{c.Member}({payload});");
            _writer.CloseBlock();
            _writer.Line();
        }

        _writer.Line($"throw {_helpers}.UnexpectedCase(\"variant {variant.WitName}\", {name}.ToString());");
    }

    private void LiftEnum(HostValueCode code, EnumMarshal @enum, string qualified, string value)
    {
        var name = code.Local("name");
        _writer.Line($"var {name} = {value}.GetCaseName();");
        foreach (var c in @enum.Cases)
        {
            _writer.Line($"if ({name}.Is({LoweringRenderer.Utf8(c.WitName)}))");
            _writer.Line("{");
            _writer.Line($"    return {qualified}.{c.Member};");
            _writer.Line("}");
            _writer.Line();
        }

        _writer.Line($"throw {_helpers}.UnexpectedCase(\"enum {@enum.WitName}\", {name}.ToString());");
    }

    private void LiftFlags(HostValueCode code, FlagsMarshal flags, string qualified, string value)
    {
        var (result, names, i, name) = (code.Local("result"), code.Local("names"), code.Local("i"), code.Local("name"));
        _writer.Line($"var {result} = {qualified}.{DeclaredMemberPlan.NoneMember};");
        _writer.Line($"var {names} = {value}.GetFlags();");

        // An index loop, not foreach: span enumerators are interfaces on newer frameworks, a C# 13 feature.
        _writer.OpenBlock($"for (var {i} = 0; {i} < {names}.Length; {i}++)");
        _writer.Line($"var {name} = {names}[{i}];");
        for (var k = 0; k < flags.Flags.Count; k++)
        {
            _writer.Line($"{(k == 0 ? "if" : "else if")} ({name}.Is({LoweringRenderer.Utf8(flags.Flags[k].WitName)}))");
            _writer.Line("{");
            _writer.Line($"    {result} |= {qualified}.{flags.Flags[k].Member};");
            _writer.Line("}");
        }

        _writer.CloseBlock();
        _writer.Line();
        _writer.Line($"return {result};");
    }
}
