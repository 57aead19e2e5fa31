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
        var locals = new NameScope(shape.Parameters.Select(p => p.Name.TrimStart('@')).Concat(new[] { "owner" }));
        var args = locals.Claim("args");
        var results = locals.Claim("results");
        var function = shape.Function;
        var paramCount = function.Params.Count;
        var hasResult = function.Result is not null;
        var owns = function.Params.Any(p => HostTypeFacts.OwnsMemory(context.Model, p.Type))
            || (function.Result is { } r && HostTypeFacts.OwnsMemory(context.Model, r));

        if (bindings is not null && HostResources.UsesHandles(context.Model, function))
        {
            var scope = locals.Claim("scope");
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

        var lowering = new LoweringWriter(context, marshal, writer, locals);
        for (var i = 0; i < paramCount; i++)
        {
            var (param, name, _) = shape.Parameters[i];
            lowering.Lower(param.Type, name, $"{args}[{i.ToString(CultureInfo.InvariantCulture)}]", shape.ParameterWhere(i));
        }

        writer.Line($"{functionField}.Call({args}, {results});");
        if (function.Result is { } result)
        {
            var lifting = new LiftingWriter(context, marshal, writer, locals);
            writer.Line($"return {(liftResult is null ? lifting.Lift(result, $"{results}[0]") : liftResult($"{results}[0]"))};");
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
        var locals = new NameScope(new[] { linker, implementation });
        var args = locals.Claim("args");
        var results = locals.Claim("results");
        var path = instancePath is null ? "null" : "\"" + instancePath + "\"";

        writer.Line($"{linker}.DefineFunction({path}, \"{shape.Function.Name}\", ({args}, {results}) =>");
        writer.Line("{");
        writer.Indent();

        var lifting = new LiftingWriter(context, marshal, writer, locals);
        var arguments = new List<string>();
        for (var i = 0; i < shape.Parameters.Count; i++)
        {
            var (param, name, _) = shape.Parameters[i];
            // A method's `self` is lifted to the object the call goes to.
            var local = locals.Claim(shape.IsMethod && i == 0 ? "self" : name.TrimStart('@'));
            var value = lifting.Lift(param.Type, $"{args}[{i.ToString(CultureInfo.InvariantCulture)}]");
            writer.Line($"var {CSharpNames.EscapeKeyword(local)} = {value};");
            arguments.Add(CSharpNames.EscapeKeyword(local));
        }

        var call = shape.IsMethod
            ? $"{arguments[0]}.{shape.MethodName}({string.Join(", ", arguments.Skip(1))})"
            : $"{implementation}{(implementationIsAccessor ? "()" : string.Empty)}.{shape.MethodName}({string.Join(", ", arguments)})";
        if (shape.Function.Result is { } result)
        {
            var resultLocal = locals.Claim("result");
            writer.Line($"var {resultLocal} = {call};");
            new LoweringWriter(context, marshal, writer, locals).Lower(result, resultLocal, $"{results}[0]", shape.ResultWhere);
        }
        else
        {
            writer.Line($"{call};");
        }

        writer.Outdent();
        writer.Line("});");
    }
}
