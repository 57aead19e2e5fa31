using WitBindgen.CodeGen.Emit.Abi;
using static WitBindgen.CodeGen.Emit.Abi.AbiHelperNames;
using static WitBindgen.CodeGen.Emit.Abi.AbiText;

namespace WitBindgen.CodeGen.Emit.Host;

/// <summary>
/// Writes an exported function's direct call through the Canonical ABI, as <see cref="CanonicalCallCode"/> plans it: the
/// field holding its <c>CanonicalExport</c>, the field's assignment, and the branch of the method that lowers the
/// arguments into the guest's memory and flat values, calls the core function, lifts the result and runs post-return.
/// </summary>
internal static class CanonicalCallWriter
{
    private const string Export = "global::WitBindgen.Runtime.Canonical.CanonicalExport";
    private const string Import = "global::WitBindgen.Runtime.Canonical.CanonicalImport";

    /// <summary>Declares the field holding the Canonical ABI view of <paramref name="shape"/>, if it has one.</summary>
    public static void WriteField(IndentedWriter writer, MarshalPlan marshal, FunctionShape shape)
    {
        if (marshal.ExportCall(shape).Canonical is { } code)
        {
            writer.Line($"private readonly {Export}? {code.Field};");
        }
    }

    /// <summary>Assigns the field of <paramref name="shape"/>'s view from the function in <paramref name="functionField"/>: null unless it runs on the direct backend.</summary>
    public static void WriteAssignment(IndentedWriter writer, MarshalPlan marshal, FunctionShape shape, string functionField)
    {
        if (marshal.ExportCall(shape).Canonical is { } code)
        {
            writer.Line($"{code.Field} = {Export}.For({functionField}, {Literal(code.Signature)});");
        }
    }

    /// <summary>Writes the branch calling the function directly when its view is set; the method's other path follows it.</summary>
    public static void WriteCall(IndentedWriter w, CanonicalCallCode code, FunctionShape shape)
    {
        var (c, l) = (code.AbiClass, code.Locals);
        var (abi, flat, next, error) = (l["abi"], l["flat"], l["next"], l["error"]);
        var lowersFlat = code.ParameterTuple is null && code.Parameters.Count > 0;
        var liftsFlat = code.Result is not null && !code.ResultInMemory;

        w.OpenBlock($"if ({code.Field} is {{ }} {abi})");
        w.Line($"{abi}.Enter();");
        w.OpenBlock("try");
        w.Line(code.FlatCount > 0
            ? $"global::System.Span<ulong> {flat} = stackalloc ulong[{I(code.FlatCount)}];"
            : $"global::System.Span<ulong> {flat} = default;");
        if (lowersFlat || liftsFlat)
        {
            w.Line($"var {next} = 0;");
        }

        if (code.Parameters.Count > 0)
        {
            // The parameter being lowered, so a value the ABI cannot carry is refused naming it, as on the value path.
            var names = code.Parameters.Count > 1;
            string Where(int k) => names ? l["where"] : shape.ParameterWhere(k);
            if (names)
            {
                w.Line($"var {l["where"]} = {shape.ParameterWhere(0)};");
            }

            w.OpenBlock("try");
            if (code.ParameterTuple is { } tuple)
            {
                var pointer = l["tuple"];
                w.Line($"var {pointer} = {abi}.Allocate({U(tuple.Size)}, {U(tuple.Alignment)});");
                for (var k = 0; k < code.Parameters.Count; k++)
                {
                    WriteWhere(w, names && k > 0, l["where"], shape, k);
                    w.Line($"{c}.{Store(code.Parameters[k])}({abi}, {Offset(pointer, tuple.Offsets[k])}, {shape.Parameters[k].Name});");
                }

                w.Line($"{flat}[0] = {pointer};");
            }
            else
            {
                for (var k = 0; k < code.Parameters.Count; k++)
                {
                    WriteWhere(w, names && k > 0, l["where"], shape, k);
                    w.Line($"{c}.{Lower(code.Parameters[k])}({abi}, {shape.Parameters[k].Name}, {flat}, ref {next});");
                }
            }

            w.CloseBlock();
            WriteCatch(w, error, $"{abi}.LowerFailed({error}, {Where(0)})");
            w.Line();
        }

        w.Line($"{abi}.Invoke({flat});");
        if (code.Result is { } result)
        {
            var lifted = l["lifted"];
            w.Line($"{result.CSharpType} {lifted};");
            w.OpenBlock("try");
            if (code.ResultInMemory)
            {
                w.Line($"{lifted} = {c}.{Load(result)}({abi}, {abi}.ReturnArea({U(result.Layout.Size)}, {U(result.Layout.Alignment)}));");
            }
            else
            {
                if (lowersFlat)
                {
                    w.Line($"{next} = 0;");
                }

                w.Line($"{lifted} = {c}.{Lift(result)}({abi}, {abi}.Results, ref {next});");
            }

            w.CloseBlock();
            WriteCatch(w, error, $"{abi}.LiftFailed({error})");
            w.Line();
            w.Line($"{abi}.Return();");
            w.Line($"return {lifted};");
        }
        else
        {
            w.Line($"{abi}.Return();");
            w.Line("return;");
        }

        w.CloseBlock();
        w.OpenBlock("finally");
        w.Line($"{abi}.Leave();");
        w.CloseBlock();
        w.CloseBlock();
        w.Line();
    }

    /// <summary>
    /// Writes the registration of an imported function's implementation through the Canonical ABI, after its value-level
    /// definition: it lifts the arguments, calls <paramref name="call"/> (an expression over the parameters' locals, which
    /// <paramref name="call"/> receives) and lowers the result.
    /// </summary>
    public static void WriteImport(
        IndentedWriter w, MarshalPlan marshal, CanonicalCallCode code, FunctionShape shape, string linker, string path, Func<IReadOnlyList<string>, string> call)
    {
        var (c, l) = (code.AbiClass, code.Locals);
        var (abi, next) = (l["abi"], l["next"]);
        var liftsFlat = code.ParameterTuple is null && code.Parameters.Count > 0;
        var lowersFlat = code.Result is not null && !code.ResultInMemory;

        // A function passing handles names their resource types, in the signature's order, for the runtime to check.
        var resources = code.Handles.Count == 0
            ? string.Empty
            : $"new global::WitBindgen.Runtime.HostResourceType[] {{ {string.Join(", ", code.Handles.Select(h => marshal.ResourceField(h.Resource)))} }}, ";
        w.Line($"{Import}.Define({linker}, {path}, {Literal(shape.Function.Name)}, {Literal(code.Signature)}, {resources}{abi} =>");
        w.Line("{");
        w.Indent();
        if (liftsFlat || lowersFlat)
        {
            w.Line($"var {next} = 0;");
        }

        var locals = new List<string>();
        string? tuple = null;
        if (code.ParameterTuple is { } layout)
        {
            tuple = l["tuple"];
            w.Line($"var {tuple} = {abi}.ArgumentArea({U(layout.Size)}, {U(layout.Alignment)});");
        }

        for (var k = 0; k < code.Parameters.Count; k++)
        {
            var local = Naming.CSharpNames.EscapeKeyword(l["parameter" + k]);
            locals.Add(local);
            w.Line(tuple is not null
                ? $"var {local} = {c}.{Load(code.Parameters[k])}({abi}, {Offset(tuple, code.ParameterTuple!.Value.Offsets[k])});"
                : $"var {local} = {c}.{Lift(code.Parameters[k])}({abi}, {abi}.Arguments, ref {next});");
        }

        w.Line($"{abi}.Lifted();");
        if (code.Result is { } result)
        {
            var value = l["result"];
            w.Line($"var {value} = {call(locals)};");
            w.Line($"{abi}.Returned();");
            if (code.ResultInMemory)
            {
                w.Line($"{c}.{Store(result)}({abi}, {abi}.ReturnArea({U(result.Layout.Size)}, {U(result.Layout.Alignment)}), {value});");
            }
            else
            {
                if (liftsFlat)
                {
                    w.Line($"{next} = 0;");
                }

                w.Line($"{c}.{Lower(result)}({abi}, {value}, {abi}.Results, ref {next});");
            }
        }
        else
        {
            w.Line($"{call(locals)};");
        }

        w.Outdent();
        w.Line("});");
    }

    private static void WriteWhere(IndentedWriter w, bool write, string local, FunctionShape shape, int k)
    {
        if (write)
        {
            w.Line($"{local} = {shape.ParameterWhere(k)};");
        }
    }

    private static void WriteCatch(IndentedWriter w, string error, string failure)
    {
        w.OpenBlock($"catch (global::System.Exception {error})");
        w.Line($"throw {failure};");
        w.CloseBlock();
    }
}
