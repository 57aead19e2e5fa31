using System.Globalization;
using WitBindgen.CodeGen.Context;
using WitBindgen.CodeGen.Mapping;
using WitBindgen.CodeGen.Naming;

namespace WitBindgen.CodeGen.Emit.Host;

/// <summary>
/// Writes the two directions of a call: a method that calls an exported guest function (arguments lowered
/// straight into stack-allocated native values, result lifted back), and the linker callback of an imported
/// function (arguments lifted, the user's implementation called, the result lowered).
/// </summary>
internal static class CallWriter
{
    private const string Span = "global::System.Span";

    /// <summary>Writes the body of the method that calls the export bound to <paramref name="functionField"/>.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="context">The generation context.</param>
    /// <param name="marshal">The marshal plan.</param>
    /// <param name="shape">The function.</param>
    /// <param name="functionField">The <c>ComponentFunction</c> expression to call.</param>
    /// <param name="bindings">
    /// The bindings object (the world class) for the resource scope of a function passing handles, or null when it
    /// passes none.
    /// </param>
    /// <param name="liftResult">Writes the lifted result instead of the default lifting (a constructor's handle).</param>
    public static void WriteExportBody(
        IndentedWriter writer, CodeGenContext context, MarshalPlan marshal, FunctionShape shape, string functionField,
        string? bindings = null, System.Func<string, string>? liftResult = null)
    {
        var code = marshal.ExportCall(shape);
        var (args, results, owns) = (code.Args, code.Results, code.Owns);
        if (code.Canonical is { } canonical)
        {
            CanonicalCallWriter.WriteCall(writer, canonical, shape);
        }

        var function = shape.Function;
        var paramCount = function.Params.Count;
        var hasResult = function.Result is not null;

        if (bindings is not null && code.Scope is { } scope)
        {
            writer.Line($"using var {scope} = global::WitBindgen.Runtime.ResourceScope.Enter({functionField}.Store, {bindings}, \"{shape.WitPath}\");");
        }

        writer.Line(paramCount > 0
            ? $"{Span}<{HostTypeFacts.Val}> {args} = stackalloc {HostTypeFacts.Val}[{paramCount.ToString(CultureInfo.InvariantCulture)}];"
            : $"{Span}<{HostTypeFacts.Val}> {args} = default;");
        writer.Line(hasResult
            ? $"{Span}<{HostTypeFacts.Val}> {results} = stackalloc {HostTypeFacts.Val}[1];"
            : $"{Span}<{HostTypeFacts.Val}> {results} = default;");
        if (owns)
        {
            writer.OpenBlock("try");
        }

        var lowering = new LoweringRenderer(writer, marshal);
        for (var i = 0; i < paramCount; i++)
        {
            lowering.Lower(code.Parameters[i].Code, shape.Parameters[i].Name, $"{args}[{i.ToString(CultureInfo.InvariantCulture)}]", shape.ParameterWhere(i));
        }

        writer.Line($"{functionField}.Call({args}, {results});");
        if (hasResult)
        {
            var lifted = liftResult is not null ? liftResult($"{results}[0]")
                : code.Result is { } result ? new LiftingRenderer(writer, marshal).Lift(result, $"{results}[0]")
                : throw new InvalidOperationException($"the marshal plan does not lift the result of `{shape.WitPath}`");
            writer.Line($"return {lifted};");
        }

        if (owns)
        {
            writer.CloseBlock();
            writer.OpenBlock("finally");
            if (paramCount > 0)
            {
                writer.Line($"{HostTypeFacts.Val}.Free({args});");
            }

            if (hasResult)
            {
                writer.Line($"{HostTypeFacts.Val}.Free({results});");
            }

            writer.CloseBlock();
        }
    }

    /// <summary>
    /// Writes <c>linker.DefineFunction(...)</c> for an imported function implemented by <paramref name="implementation"/>,
    /// a variable holding the implementation or, with <paramref name="implementationIsAccessor"/>, a delegate returning
    /// it on each call.
    /// </summary>
    public static void WriteImportDefinition(
        IndentedWriter writer, CodeGenContext context, MarshalPlan marshal, FunctionShape shape, string linker, string? instancePath, string implementation,
        bool implementationIsAccessor = false)
    {
        var code = marshal.ImportCallback(shape);
        var (args, results) = (code.Args, code.Results);
        var path = instancePath is null ? "null" : "\"" + instancePath + "\"";

        writer.Line($"{linker}.DefineFunction({path}, \"{shape.Function.Name}\", ({args}, {results}) =>");
        writer.Line("{");
        writer.Indent();

        var lifting = new LiftingRenderer(writer, marshal);
        var arguments = new List<string>();
        for (var i = 0; i < shape.Parameters.Count; i++)
        {
            var (local, parameter) = code.Parameters[i];
            var value = lifting.Lift(parameter, $"{args}[{i.ToString(CultureInfo.InvariantCulture)}]");
            writer.Line($"var {CSharpNames.EscapeKeyword(local!)} = {value};");
            arguments.Add(CSharpNames.EscapeKeyword(local!));
        }

        var call = shape.IsMethod
            ? $"{arguments[0]}.{shape.MethodName}({string.Join(", ", arguments.Skip(1))})"
            : $"{implementation}{(implementationIsAccessor ? "()" : string.Empty)}.{shape.MethodName}({string.Join(", ", arguments)})";
        if (code is { ResultLocal: { } resultLocal, Result: { } result })
        {
            writer.Line($"var {resultLocal} = {call};");
            new LoweringRenderer(writer, marshal).Lower(result, resultLocal, $"{results}[0]", shape.ResultWhere);
        }
        else
        {
            writer.Line($"{call};");
        }

        writer.Outdent();
        writer.Line("});");
        if (code.Canonical is { } canonical)
        {
            CanonicalCallWriter.WriteImport(writer, marshal, canonical, shape, linker, path, locals => shape.IsMethod
                ? $"{locals[0]}.{shape.MethodName}({string.Join(", ", locals.Skip(1))})"
                : $"{implementation}{(implementationIsAccessor ? "()" : string.Empty)}.{shape.MethodName}({string.Join(", ", locals)})");
        }
    }
}
