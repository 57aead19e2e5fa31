using WitBindgen.CodeGen.Context;
using WitBindgen.CodeGen.Naming;
using WitBindgen.Wit.Model;

namespace WitBindgen.CodeGen.Emit.Host;

/// <summary>The C# signature of a WIT function: method name, parameter names and types, return type.</summary>
internal sealed class FunctionShape
{
    private FunctionShape(
        Function function, string witPath, string methodName, IReadOnlyList<(Param Param, string Name, string Type)> parameters, string returnType, bool isMethod)
    {
        Function = function;
        WitPath = witPath;
        MethodName = methodName;
        Parameters = parameters;
        ReturnType = returnType;
        IsMethod = isMethod;
    }

    /// <summary>The WIT function.</summary>
    public Function Function { get; }

    /// <summary>The name used in messages: <c>ns:pkg/iface#func</c>, or the bare name for world functions.</summary>
    public string WitPath { get; }

    /// <summary>The C# method name.</summary>
    public string MethodName { get; }

    /// <summary>The parameters with their C# names (camelCase, keywords escaped) and types.</summary>
    public IReadOnlyList<(Param Param, string Name, string Type)> Parameters { get; }

    /// <summary>The C# return type (<c>void</c> when the function has no result).</summary>
    public string ReturnType { get; }

    /// <summary>
    /// Whether this is a resource method called on the object: the first WIT parameter (<c>self</c>) is the C#
    /// <c>this</c>, left out of <see cref="ParameterList"/>.
    /// </summary>
    public bool IsMethod { get; }

    /// <summary>The C# parameter list text: <c>uint a, string b</c>.</summary>
    public string ParameterList => string.Join(", ", Parameters.Skip(IsMethod ? 1 : 0).Select(p => $"{p.Type} {p.Name}"));

    /// <summary>The C# names of the parameters in <see cref="ParameterList"/>, comma-separated.</summary>
    public string ArgumentList => string.Join(", ", Parameters.Skip(IsMethod ? 1 : 0).Select(p => p.Name));

    /// <summary>Shapes <paramref name="function"/>, claiming its method name from <paramref name="members"/>.</summary>
    /// <param name="context">The generation context.</param>
    /// <param name="function">The WIT function.</param>
    /// <param name="interfaceWitName">The interface's WIT name, or null for a world function.</param>
    /// <param name="members">The scope the C# method name is claimed from.</param>
    /// <param name="methodName">The C# name to claim instead of the one derived from the WIT name.</param>
    /// <param name="reservedParameters">Parameter names the shape must not take (the method's own extra parameters).</param>
    public static FunctionShape Create(
        CodeGenContext context, Function function, string? interfaceWitName, NameScope members, string? methodName = null, IEnumerable<string>? reservedParameters = null)
    {
        var parameterNames = new NameScope(reservedParameters ?? Array.Empty<string>());
        var parameters = function.Params
            .Select(p => (p, parameterNames.Claim(CSharpNames.ToCamelCase(p.Name)), context.Types.Map(p.Type)))
            .ToList();
        var returnType = function.Result is { } result ? context.Types.Map(result) : "void";
        var path = interfaceWitName is null ? function.Name : interfaceWitName + "#" + function.Name;
        return new FunctionShape(function, path, members.Claim(methodName ?? CSharpNames.ToPascalCase(function.Name)), parameters, returnType, isMethod: false);
    }

    /// <summary>A resource method: the first parameter becomes <c>this</c> (see <see cref="IsMethod"/>).</summary>
    public FunctionShape AsMethod()
    {
        var parameters = Parameters.ToList();
        if (parameters.Count > 0)
        {
            parameters[0] = (parameters[0].Param, "this", parameters[0].Type);
        }

        return new FunctionShape(Function, WitPath, MethodName, parameters, ReturnType, isMethod: true);
    }

    /// <summary>A C# string literal naming a parameter for error messages.</summary>
    public string ParameterWhere(int index) => Literal($"parameter `{Parameters[index].Param.Name}` of `{WitPath}`");

    /// <summary>A C# string literal naming the result of an imported function for error messages.</summary>
    public string ResultWhere => Literal($"the result of the host implementation of `{WitPath}`");

    /// <summary>Writes the XML docs: summary, a param element per parameter, returns.</summary>
    public void WriteDocs(IndentedWriter writer)
    {
        DocComments.Summary(writer, Function.Docs, $"Calls the WIT function <c>{DocComments.Escape(WitPath)}</c>.");
        WriteParamDocs(writer);
        if (Function.Result is not null)
        {
            writer.Line("/// <returns>The WIT result.</returns>");
        }

        DocComments.StabilityAttributes(writer, Function.Stability);
    }

    /// <summary>Writes a param element per declared parameter (not the receiver of a method).</summary>
    public void WriteParamDocs(IndentedWriter writer)
    {
        foreach (var (param, name, _) in Parameters.Skip(IsMethod ? 1 : 0))
        {
            DocComments.Param(writer, name, null, $"The WIT parameter <c>{DocComments.Escape(param.Name)}</c>.");
        }
    }

    private static string Literal(string text) => "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
}
